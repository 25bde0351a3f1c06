package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The 3-node test pool, started once in a test run for every class that registers this extension
 * (MultiNodeIT, GeoRepIT: one pool start, not two) and stopped when the run ends. The state is moved to
 * the shared-storage volume first, so the superuser's password is the pool's.
 */
final class SharedPool implements BeforeAllCallback {

    static final String SHARED = "/run/gluster/shared_storage/glusterrestd";

    private String password;

    @Override
    public void beforeAll(ExtensionContext context) {
        password = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedPool.class, key -> Up.start(), Up.class).password();
    }

    /** A new superuser session token from node 1. */
    String login() {
        var auth = Pool.post(1, "/rest/v1/auth", Map.of("X-Auth-Username", "superuser", "X-Auth-Password", password), "");
        assertEquals(200, auth.status(), auth.body());
        return auth.object().getString("token");
    }

    private record Up(String password) implements AutoCloseable {

        static Up start() {
            Pool.script("down");
            var up = Pool.script("up");
            assertEquals(0, up.exitCode(), up.out());
            var moved = Pool.tool(1, "use-shared-storage");
            assertEquals(0, moved.exitCode(), moved.out());
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Up(Pool.script("sh", "1", "cat", SHARED + "/superuser.password").out().strip());
        }

        @Override
        public void close() {
            Pool.script("down");
        }
    }
}
