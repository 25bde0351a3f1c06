package org.gluster.restapi.apps.entity;

import java.util.List;

/** The content of apps.json. */
public record AppTable(List<App> apps) {

    public static AppTable empty() {
        return new AppTable(List.of());
    }
}
