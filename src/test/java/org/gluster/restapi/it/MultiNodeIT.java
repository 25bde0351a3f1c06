package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every node, one pool: a real 3-node GlusterFS pool in namespaces (server-config/test-pool.sh), the
 * real gateway on each node, the state moved to the shared-storage volume by the admin tool.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    static final String SHARED = "/run/gluster/shared_storage/glusterrestd";
    static String token;

    @BeforeAll
    static void pool() throws InterruptedException {
        Pool.script("down");
        var up = Pool.script("up");
        assertEquals(0, up.exitCode(), up.out());
        var moved = Pool.tool(1, "use-shared-storage");
        assertEquals(0, moved.exitCode(), moved.out());
        Thread.sleep(2500);
        String password = Pool.script("sh", "1", "cat", SHARED + "/superuser.password").out().strip();
        var auth = Pool.post(1, "/rest/v1/auth", Map.of("X-Auth-Username", "superuser", "X-Auth-Password", password), "");
        assertEquals(200, auth.status(), auth.body());
        token = auth.object().getString("token");
    }

    @AfterAll
    static void down() {
        Pool.script("down");
    }

    static Map<String, String> session() {
        return Map.of("X-Auth-Token", token);
    }

    @Test
    @Order(1)
    void aSessionTokenFromNodeOneWorksOnEveryNodeAndEachListsTheWholePool() {
        for (int node = 1; node <= 3; node++) {
            var peers = Pool.get(node, "/v1/peers", session());
            assertEquals(200, peers.status(), "node " + node + ": " + peers.body());
            Set<String> names = peers.array().stream().map(JsonValue::asJsonObject)
                    .map(p -> p.getString("hostname")).collect(Collectors.toSet());
            assertEquals(Set.of("n1", "n2", "n3"), names, "node " + node);
            assertTrue(peers.array().stream().map(JsonValue::asJsonObject).allMatch(p -> p.getBoolean("connected")));
        }
    }

    @Test
    @Order(2)
    void anAppAddedOnNodeTwoSignsOnNodeThreeAndIsRefusedEverywhereOnceDeleted() {
        assertEquals(0, Pool.tool(2, "app-add", "poolapp", "poolsecret").exitCode());
        long added = System.nanoTime();
        int status = until(() -> Pool.get(3, "/v1/volumes", app("poolapp", "poolsecret")).status(), 200);
        double seconds = (System.nanoTime() - added) / 1e9;
        assertEquals(200, status);
        System.out.printf("MultiNodeIT: an app added on n2 signed its first request on n3 %.0f ms later%n", seconds * 1000);
        assertTrue(seconds < 2.5, "seen on node 3 after " + seconds + " s (curl included)");

        assertEquals(0, Pool.tool(3, "app-del", "poolapp").exitCode());
        for (int node = 1; node <= 3; node++) {
            int n = node;
            assertEquals(401, until(() -> Pool.get(n, "/v1/volumes", app("poolapp", "poolsecret")).status(), 401),
                    "node " + node);
        }
    }

    @Test
    @Order(3)
    void aSettingChangedOnNodeOneHoldsOnNodeThree() {
        assertEquals(0, Pool.tool(1, "config-set", "restapitimeout", "15").exitCode());
        var settings = Pool.post(3, "/rest/v1/lssecurity", session(), "");
        assertEquals("15", settings.array().getJsonObject(0).getString("restapitimeout"), settings.body());
        assertEquals(0, Pool.tool(1, "config-reset", "restapitimeout").exitCode());
    }

    @Test
    @Order(4)
    void aVolumeCreatedOnNodeOneIsStartedOnNodeTwoAndListedOnNodeThree() {
        String base = Path.of("target/test-pool").toAbsolutePath().toString();
        List<String> bricks = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> "\"n" + i + ":" + base + "/n" + i + "/bricks/mv\"").toList();
        var created = Pool.post(1, "/v1/volumes", session(),
                "{\"name\": \"mv\", \"replica\": 3, \"force\": true, \"bricks\": " + bricks + "}");
        assertEquals(201, created.status(), created.body());
        var started = Pool.post(2, "/v1/volumes/mv/start", session(), "");
        assertEquals(200, started.status(), started.body());
        var listed = Pool.get(3, "/v1/volumes?status=1", session());
        JsonObject mv = listed.array().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("name").equals("mv")).findFirst().orElseThrow();
        assertEquals("Started", mv.getString("status"));
        assertEquals(3, mv.getJsonObject("live").getJsonArray("bricks").size());
    }

    @Test
    @Order(5)
    void twoNodesAddingTwentyAppsEachAtOnceLoseNothing() throws Exception {
        List<CompletableFuture<List<Integer>>> writers = new ArrayList<>();
        for (int node : new int[]{1, 2}) {
            writers.add(CompletableFuture.supplyAsync(() -> IntStream.rangeClosed(1, 20)
                    .mapToObj(i -> Pool.tool(node, "app-add", "n" + node + "app" + i, "secret-of-" + i).exitCode())
                    .toList()));
        }
        for (CompletableFuture<List<Integer>> writer : writers) {
            assertTrue(writer.get().stream().allMatch(code -> code == 0), writer.get().toString());
        }
        for (int node = 1; node <= 3; node++) {
            String list = Pool.tool(node, "app-list").out();
            long count = list.lines().filter(l -> l.matches("n[12]app\\d+\\s.*")).count();
            assertEquals(40, count, "node " + node + ":\n" + list);
        }
    }

    @Test
    @Order(6)
    void aClientFailsOverToAnotherNodeAndTheReturningNodeServesTheCurrentState() {
        List<String> hosts = Pool.get(1, "/v1/peers", session()).array().stream().map(JsonValue::asJsonObject)
                .map(p -> p.getJsonArray("hostnames").getString(0)).map(MultiNodeIT::address).toList();
        var down = Pool.script("node-down", "1");
        assertEquals(0, down.exitCode(), down.out());
        Pool.Answer answer = null;
        for (String host : hosts) {
            answer = Pool.request(host, "GET", "/v1/peers", session(), null);
            if (answer.status() == 200) {
                assertNotEquals(address("n1"), host);
                break;
            }
        }
        assertEquals(200, answer.status(), "the client carried on through another node");

        assertEquals(0, Pool.tool(2, "app-add", "lateapp", "latesecret").exitCode());
        var up = Pool.script("node-up", "1");
        assertEquals(0, up.exitCode(), up.out());
        int status = until(() -> Pool.get(1, "/v1/volumes", app("lateapp", "latesecret")).status(), 200);
        assertEquals(200, status, "node 1 serves the app added while it was down");
    }

    @Test
    @Order(7)
    void aVolumeCreatedThroughNodeOneIsInNodeThreesCachedListWithinOneSecond() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Pool.get(3, "/v1/volumes", session()).status());
        }
        String base = Path.of("target/test-pool").toAbsolutePath().toString();
        var created = Pool.post(1, "/v1/volumes", session(),
                "{\"name\": \"cached\", \"force\": true, \"bricks\": [\"n1:" + base + "/n1/bricks/cached\"]}");
        assertEquals(201, created.status(), created.body());
        long made = System.nanoTime();
        boolean listed = false;
        while (!listed && System.nanoTime() - made < 1_000_000_000L) {
            listed = Pool.get(3, "/v1/volumes", session()).array().stream().map(JsonValue::asJsonObject)
                    .anyMatch(v -> v.getString("name").equals("cached"));
            Thread.sleep(listed ? 0 : 20);
        }
        assertTrue(listed, "node 3 lists the volume node 1 created within 1 s");
    }

    @Test
    @Order(8)
    void aCliCommandOnNodeOneReachesNodeThreesStreamThroughThePoolsLog() throws Exception {
        String status = Pool.tool(2, "status").out();
        for (int node = 1; node <= 3; node++) {
            String name = "n" + node;
            assertTrue(status.lines().anyMatch(l -> l.matches("events " + name + " +flowing: glustereventsd pid \\d+ .*")),
                    "events flow on " + name + ":\n" + status);
        }
        List<Double> delays = new ArrayList<>();
        try (PoolStream stream = new PoolStream(3, "/v1/events?event=VOLUME_SET&volume=mv", session())) {
            Thread.sleep(1000);
            for (int i = 0; i < 50; i++) {
                String value = "pool" + i;
                long start = System.nanoTime();
                assertEquals(0, Pool.script("cli", "1", "volume", "set", "mv", "user.pool", value).exitCode());
                var got = stream.await(e -> e.data().toString().contains(value), Duration.ofSeconds(5));
                assertNotNull(got, "VOLUME_SET " + value + " run on n1 reached n3's stream");
                delays.add((got.arrivedNanos() - start) / 1e9);
            }
        }
        Collections.sort(delays);
        System.out.printf("MultiNodeIT: gluster volume set on n1 to the event on n3's stream, n=50 (curl in a namespace"
                + " included): p50 %.0f ms, p99 %.0f ms%n", delays.get(24) * 1000, delays.get(48) * 1000);
    }

    @Test
    @Order(9)
    void aBrickKilledOnNodeTwoIsOnNodeOnesStreamWithinFiveSeconds() throws Exception {
        try (PoolStream stream = new PoolStream(1, "/v1/events?event=BRICK_DISCONNECTED", session())) {
            Thread.sleep(1000);
            String pid = Pool.script("sh", "2", "sh", "-c", "cat /run/gluster/vols/mv/*.pid").out().strip();
            long killed = System.nanoTime();
            assertEquals(0, new ProcessBuilder("kill", "-9", pid).start().waitFor(), "kill -9 of n2's brick " + pid);
            var got = stream.await(e -> e.data().getJsonObject("message").getString("volume", "").equals("mv"),
                    Duration.ofSeconds(5));
            assertNotNull(got, "BRICK_DISCONNECTED of n2's brick on n1's stream within 5 s");
            assertTrue(got.data().getJsonObject("message").getString("brick").contains("/n2/"), got.data()::toString);
            System.out.printf("MultiNodeIT: brick killed on n2 to BRICK_DISCONNECTED on n1's stream: %.0f ms%n",
                    (got.arrivedNanos() - killed) / 1e6);
        } finally {
            Pool.script("cli", "2", "volume", "start", "mv", "force");
        }
    }

    @Test
    @Order(10)
    void aStoppedGlusterdOfNodeThreeIsToldAsPeerDisconnectByTheOthers() throws Exception {
        try (PoolStream stream = new PoolStream(1, "/v1/events?event=PEER_DISCONNECT", session())) {
            Thread.sleep(1000);
            var down = Pool.script("node-down", "3");
            assertEquals(0, down.exitCode(), down.out());
            var got = stream.await(e -> true, Duration.ofSeconds(10));
            assertNotNull(got, "PEER_DISCONNECT on n1's stream");
            assertEquals("n3", got.data().getJsonObject("message").getString("peer"), got.data()::toString);
        } finally {
            Pool.script("node-up", "3");
        }
    }

    private static String address(String name) {
        return Pool.address(Integer.parseInt(name.substring(1)));
    }

    private static Map<String, String> app(String id, String secret) {
        return Map.of("Authorization", "Bearer " + Jwts.app(id, secret, "GET\n/v1/volumes"));
    }

    /** Polls for up to 2 s (how long a change may take to reach another node), every 100 ms. */
    private static int until(IntSupplier status, int wanted) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        int last = status.getAsInt();
        while (last != wanted && System.nanoTime() < deadline) {
            sleep();
            last = status.getAsInt();
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
