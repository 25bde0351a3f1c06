package org.gluster.restapi.apps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.apps.entity.AppTable;
import org.gluster.restapi.state.StateFiles;

/** Registered apps in apps.json of the state directory (0600: it holds their secrets). */
@ApplicationScoped
public class AppStore {

    static final String FILE = "apps.json";

    private StateFiles files;

    protected AppStore() {
    }

    @Inject
    public AppStore(StateFiles files) {
        this.files = files;
    }

    public Optional<App> find(String id) {
        return all().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public List<App> all() {
        return files.read(FILE, AppTable.class).orElseGet(AppTable::empty).apps();
    }

    /** Adds the app, or replaces the secret and group of an app of that id. */
    public void put(App app) {
        files.update(FILE, AppTable.class, AppTable::empty, table -> {
            List<App> apps = new ArrayList<>(table.apps().stream().filter(a -> !a.id().equals(app.id())).toList());
            apps.add(app);
            return new AppTable(apps);
        });
    }

    public void remove(String id) {
        files.update(FILE, AppTable.class, AppTable::empty,
                table -> new AppTable(table.apps().stream().filter(a -> !a.id().equals(id)).toList()));
    }
}
