package org.gluster.restapi.apps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.apps.entity.AppTable;
import java.util.function.Supplier;
import org.gluster.restapi.state.StateFiles;

/** Registered apps in apps.json of the state directory (0600: it holds their secrets). */
@ApplicationScoped
public class AppStore {

    static final String FILE = "apps.json";

    private Supplier<StateFiles> state;

    protected AppStore() {
    }

    @Inject
    public AppStore(Supplier<StateFiles> state) {
        this.state = state;
    }

    public Optional<App> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<App> all() {
        return state.get().read(FILE, AppTable.class).orElseGet(AppTable::empty).apps();
    }

    /** Adds the app, or replaces the secret and group of an app of that id. */
    public void put(App app) {
        state.get().update(FILE, AppTable.class, AppTable::empty, table -> {
            List<App> apps = new ArrayList<>(table.apps().stream().filter(a -> !a.id().equals(app.id())).toList());
            apps.add(app);
            return new AppTable(apps);
        });
    }

    /** Adds the app unless one of that id exists; true when it was added. */
    public boolean add(App app) {
        boolean[] added = {false};
        state.get().update(FILE, AppTable.class, AppTable::empty, table -> {
            if (table.apps().stream().anyMatch(a -> a.id().equals(app.id()))) {
                return table;
            }
            added[0] = true;
            List<App> apps = new ArrayList<>(table.apps());
            apps.add(app);
            return new AppTable(apps);
        });
        return added[0];
    }

    /** Gives an existing app a new secret; false when there is no such app. */
    public boolean resetSecret(String id, String secret) {
        boolean[] found = {false};
        state.get().update(FILE, AppTable.class, AppTable::empty, table -> new AppTable(table.apps().stream().map(a -> {
            if (!a.id().equals(id)) {
                return a;
            }
            found[0] = true;
            return new App(a.id(), secret, a.group());
        }).toList()));
        return found[0];
    }

    /** Removes the app; false when there was none. */
    public boolean delete(String id) {
        boolean[] found = {false};
        state.get().update(FILE, AppTable.class, AppTable::empty, table -> {
            found[0] = table.apps().stream().anyMatch(a -> a.id().equals(id));
            return new AppTable(table.apps().stream().filter(a -> !a.id().equals(id)).toList());
        });
        return found[0];
    }
}
