package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.gluster.restapi.state.StateFiles;

/** Reads and changes settings.json; a change made on any node is seen at the next read. */
@ApplicationScoped
public class Settings {

    static final String FILE = "settings.json";

    private StateFiles files;

    protected Settings() {
    }

    @Inject
    public Settings(StateFiles files) {
        this.files = files;
    }

    public SecuritySettings security() {
        return files.read(FILE, SecuritySettings.class).orElseGet(SecuritySettings::defaults);
    }

    public void change(SecuritySettings settings) {
        update(old -> settings);
    }

    public void update(UnaryOperator<SecuritySettings> change) {
        files.update(FILE, SecuritySettings.class, SecuritySettings::defaults, change);
    }
}
