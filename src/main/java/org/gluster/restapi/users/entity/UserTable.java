package org.gluster.restapi.users.entity;

import java.util.List;

/** The content of users.json. */
public record UserTable(int nextId, List<User> users) {

    public static UserTable empty() {
        return new UserTable(0, List.of());
    }
}
