package org.gluster.restapi.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.entity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

    @TempDir
    Path state;

    @Test
    void aUsersFileWrittenBeforePasswordVersionsReadsAsVersionZeroAndCountsFromThere() throws Exception {
        Files.writeString(state.resolve("users.json"), """
                {"nextId":2,"users":[{"id":1,"name":"alice","group":"%s","passwordHash":"x",\
                "passwordChangeRequired":false,"failedLogins":0,"lockedUntil":0}]}""".formatted(Roles.ADMINISTRATOR));
        UserStore users = new UserStore(StateLocation.fixed(state, Runnable::run).get());

        assertEquals(0, users.find("alice").map(User::passwordVersion).orElseThrow());
        users.change("alice", "alicenewpassword".toCharArray(), null, false);
        users.change("alice", null, Roles.MONITOR, true);
        assertEquals(1, users.find("alice").map(User::passwordVersion).orElseThrow());
        users.resetPassword("alice", "temporarypassword".toCharArray());
        assertEquals(2, users.find("alice").map(User::passwordVersion).orElseThrow());
    }
}
