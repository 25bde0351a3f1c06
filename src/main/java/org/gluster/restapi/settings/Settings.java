package org.gluster.restapi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        files.update(FILE, SecuritySettings.class, SecuritySettings::defaults, old -> settings);
    }
}
