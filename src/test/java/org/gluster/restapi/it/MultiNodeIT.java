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
            int n = node;
            long deadline = System.nanoTime() + 10_000_000_000L;
            var peers = Pool.get(node, "/v1/peers", session());
            while (peers.status() == 401 && System.nanoTime() < deadline) {
                sleep();
                peers = Pool.get(n, "/v1/peers", session());
            }
            assertEquals(200, peers.status(), "node " + node + " (each node looks for the moved state every 2 s): "
                    + peers.body());
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

    @Test
    @Order(11)
    void aRebalanceJobIsReadOnEveryNodeSurvivesAKill9OfItsGatewayAndAVolumeStartIsInterrupted() throws Exception {
        String base = Path.of("target/test-pool").toAbsolutePath().toString();
        var created = Pool.post(1, "/v1/volumes", session(), "{\"name\": \"dv\", \"force\": true, \"bricks\": [\"n1:"
                + base + "/n1/bricks/dv\", \"n2:" + base + "/n2/bricks/dv\"]}");
        assertEquals(201, created.status(), created.body());
        assertEquals(200, Pool.post(1, "/v1/volumes/dv/start", session(), "").status());
        var written = Pool.script("sh", "1", "sh", "-c", "mkdir -p /run/dvmnt && mount -t glusterfs n1:/dv /run/dvmnt"
                + " && for i in $(seq 1 400); do head -c 65536 /dev/urandom > /run/dvmnt/f$i; done; umount /run/dvmnt");
        System.out.println("MultiNodeIT: 400 files of 64 KiB written through a FUSE mount on n1: exit "
                + written.exitCode() + " " + written.out().strip());
        var added = Pool.post(1, "/v1/volumes/dv/bricks", session(), "{\"force\": true, \"bricks\": [\"n3:" + base
                + "/n3/bricks/dv\"]}");
        assertEquals(200, added.status(), added.body());
        for (String v : new String[]{"iv1", "iv2", "iv3"}) {
            assertEquals(201, Pool.post(1, "/v1/volumes", session(), "{\"name\": \"" + v + "\", \"force\": true, "
                    + "\"bricks\": [\"n1:" + base + "/n1/bricks/" + v + "\"]}").status());
        }

        var accepted = Pool.post(1, "/v1/volumes/dv/rebalance", async(), "{}");
        assertEquals(202, accepted.status(), accepted.body());
        String id = accepted.object().getString("id");
        assertTrue(id.startsWith("n1-"), id);
        JsonObject running = awaitJob(2, id, j -> j.containsKey("progress"), 20);
        assertEquals("n1", running.getString("node"));
        assertEquals(id, Pool.get(3, "/v1/jobs/" + id, session()).object().getString("id"), "read on n3 too");
        assertTrue(Pool.get(3, "/v1/jobs?node=n1&operation=rebalance", session()).array().stream()
                .anyMatch(j -> j.asJsonObject().getString("id").equals(id)));
        List<String> starts = new ArrayList<>();
        for (String v : new String[]{"iv1", "iv2", "iv3"}) {
            var start = Pool.post(1, "/v1/volumes/" + v + "/start", async(), "");
            assertEquals(202, start.status(), start.body());
            starts.add(start.object().getString("id"));
        }

        assertEquals(0, Pool.script("gateway-kill", "1").exitCode());
        JsonObject atKill = Pool.get(2, "/v1/jobs/" + id, session()).object();
        System.out.println("MultiNodeIT: n1's gateway killed (SIGKILL) with the rebalance job " + atKill.getString("state")
                + ", last progress " + atKill.get("progress") + "; the volume starts: " + starts.stream()
                .map(s -> Pool.get(2, "/v1/jobs/" + s, session()).object().getString("state")).toList());
        assertEquals(400, Pool.get(2, "/v1/jobs?state=done", session()).status());

        long restart = System.nanoTime();
        var up = Pool.script("gateway-up", "1");
        assertEquals(0, up.exitCode(), up.out());
        double serving = (System.nanoTime() - restart) / 1e9;
        JsonObject current = awaitJob(2, id, j -> j.containsKey("resumed") || j.containsKey("finished"), 60);
        double resumed = (System.nanoTime() - restart) / 1e9;
        JsonObject done = awaitJob(3, id, j -> !j.getString("state").equals("running"), 120);
        double ended = (System.nanoTime() - restart) / 1e9;
        System.out.printf("MultiNodeIT: gateway n1 restarted after SIGKILL: serving after %.1f s, its rebalance job "
                + "current again (resumed, read on n2) after %.1f s, ended after %.1f s%n", serving, resumed, ended);

        assertEquals("succeeded", done.getString("state"), done::toString);
        assertTrue(current.containsKey("resumed"), current::toString);
        JsonObject aggregate = done.getJsonObject("result").getJsonObject("aggregate");
        JsonObject task = Pool.get(2, "/v1/volumes/dv/rebalance", session()).object().getJsonObject("aggregate");
        assertEquals(task.getJsonNumber("files").longValue(), aggregate.getJsonNumber("files").longValue(),
                "the job's figures are the task's: " + done);
        assertEquals(task.getJsonNumber("lookups").longValue(), aggregate.getJsonNumber("lookups").longValue());
        assertTrue(done.getJsonObject("result").getJsonArray("nodes").size() >= 2, done::toString);

        List<String> ends = new ArrayList<>();
        for (String start : starts) {
            ends.add(awaitJob(3, start, j -> !List.of("queued", "running").contains(j.getString("state")), 30)
                    .getString("state"));
        }
        assertTrue(ends.contains("interrupted") && ends.stream().allMatch(s -> s.equals("succeeded")
                || s.equals("interrupted")), ends.toString());
        JsonObject interrupted = Pool.get(2, "/v1/jobs/" + starts.get(ends.indexOf("interrupted")), session()).object();
        assertTrue(interrupted.getJsonObject("problem").getString("detail").contains("start volume"), interrupted::toString);
        assertTrue(Pool.get(1, "/v1/jobs?state=interrupted", session()).array().size() >= 1);

        var again = Pool.request(Pool.address(3), "DELETE", "/v1/jobs/" + id, session(), null);
        assertEquals(409, again.status(), again.body());
        assertTrue(again.body().contains("already ended"), again.body());
        assertEquals(404, Pool.request(Pool.address(2), "DELETE", "/v1/jobs/n1-00000000-0000-4000-8000-000000000000",
                session(), null).status());
    }

    private static Map<String, String> async() {
        return Map.of("X-Auth-Token", token, "Prefer", "respond-async");
    }

    /** Polls job {@code id} on {@code node} every 200 ms until {@code done} holds, at most {@code seconds}. */
    private static JsonObject awaitJob(int node, String id, java.util.function.Predicate<JsonObject> done, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        JsonObject job = null;
        while (System.nanoTime() < deadline) {
            var answer = Pool.get(node, "/v1/jobs/" + id, session());
            if (answer.status() == 200) {
                job = answer.object();
                if (done.test(job)) {
                    return job;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("job " + id + " on n" + node + " after " + seconds + " s: " + job);
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
