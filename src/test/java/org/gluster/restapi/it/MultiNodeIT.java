package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
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
                + " && for i in $(seq 1 800); do head -c 65536 /dev/urandom > /run/dvmnt/f$i; done; umount /run/dvmnt");
        System.out.println("MultiNodeIT: 800 files of 64 KiB written through a FUSE mount on n1: exit "
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
        if (atKill.getString("state").equals("running")) {
            assertTrue(current.containsKey("resumed"), "running at the kill, so taken up again: " + current);
        }
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

    @Test
    @Order(12)
    void anIdempotencyKeyUsedOnNodeOneGetsTheKeptAnswerOnNodeTwoWithoutASecondCreateAndAnotherBodyIs422OnNodeThree() {
        String base = Path.of("target/test-pool").toAbsolutePath().toString();
        String body = "{\"name\": \"idem\", \"force\": true, \"bricks\": [\"n2:" + base + "/n2/bricks/idem\"]}";
        Map<String, String> keyed = Map.of("X-Auth-Token", token, "Idempotency-Key", UUID.randomUUID().toString());
        var first = Pool.post(1, "/v1/volumes", keyed, body);
        assertEquals(201, first.status(), first.body());
        double creates = creates(2);
        var again = Pool.post(2, "/v1/volumes", keyed, body);
        assertEquals(201, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"), again.headers().toString());
        assertEquals(first.body(), again.body());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(creates, creates(2), "n2 ran no volume create for the repeat");

        var other = Pool.post(3, "/v1/volumes", keyed, body.replace("idem", "idem2"));
        assertEquals(422, other.status(), other.body());
        assertTrue(other.header("Content-Type").startsWith("application/problem+json"), other.headers().toString());
        assertEquals(404, Pool.get(3, "/v1/volumes/idem2", session()).status(), "nothing ran");
        assertEquals("1", Pool.get(3, "/v1/volumes?name=idem*", session()).header("X-Total-Count"));
    }

    @Test
    @Order(13)
    void aRebalanceJobOfNodeOneCancelledOnNodeTwoStopsTheTaskAndEndsStopped() throws Exception {
        String base = Path.of("target/test-pool").toAbsolutePath().toString();
        assertEquals(0, Pool.script("cli", "1", "volume", "set", "dv", "cluster.rebal-throttle", "lazy").exitCode());
        var added = Pool.post(1, "/v1/volumes/dv/bricks", session(), "{\"force\": true, \"bricks\": [\"n2:" + base
                + "/n2/bricks/dv-more\"]}");
        assertEquals(200, added.status(), added.body());
        var accepted = Pool.post(1, "/v1/volumes/dv/rebalance", async(), "{}");
        assertEquals(202, accepted.status(), accepted.body());
        String id = accepted.object().getString("id");
        awaitJob(2, id, j -> j.containsKey("progress"), 20);

        var cancelled = Pool.request(Pool.address(2), "DELETE", "/v1/jobs/" + id, session(), null);
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject ended = awaitJob(3, id, j -> !j.getString("state").equals("running"), 60);
        assertEquals("failed", ended.getString("state"), ended::toString);
        assertTrue(ended.getJsonObject("problem").getString("detail").contains("was stopped before it ended"),
                ended::toString);
        String status = Pool.script("cli", "1", "volume", "rebalance", "dv", "status").out();
        assertTrue(status.contains("Rebalance not started for volume dv"), "glusterd forgets a stopped task: " + status);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int found;
        while ((found = new ProcessBuilder("pgrep", "-f", "volfile-id rebalance/dv").start().waitFor()) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, found, "no rebalance process of dv is left on any node");

        var page = Pool.get(3, "/v1/jobs?operation=rebalance&limit=1", session());
        assertEquals(200, page.status(), page.body());
        assertEquals(id, page.array().getJsonObject(0).getString("id"), "newest first");
        assertTrue(Integer.parseInt(page.header("X-Total-Count")) >= 2, page.headers().toString());
        assertTrue(page.header("Link").contains("rel=\"next\""), page.headers().toString());
    }

    @Test
    @Order(14)
    void theJobsOfANodeWhoseGatewayIsDownAreReadOnNodeTwoAsUnreachableUntilItIsBack() throws Exception {
        var accepted = Pool.post(3, "/v1/volumes/iv1/start", async(), "{\"force\": true}");
        assertEquals(202, accepted.status(), accepted.body());
        String id = accepted.object().getString("id");
        assertTrue(id.startsWith("n3-"), id);
        awaitJob(2, id, j -> j.getString("state").equals("succeeded"), 30);
        assertFalse(Pool.get(2, "/v1/jobs/" + id, session()).object().containsKey("nodeUnreachable"));

        assertEquals(0, Pool.script("gateway-kill", "3").exitCode());
        long killed = System.nanoTime();
        try {
            JsonObject unreachable = awaitJob(2, id, j -> j.getBoolean("nodeUnreachable", false), 30);
            System.out.printf("MultiNodeIT: n3's gateway killed; its job shown nodeUnreachable on n2 after %.1f s "
                    + "(heartbeat 2 s, stale after 10 s)%n", (System.nanoTime() - killed) / 1e9);
            assertEquals("succeeded", unreachable.getString("state"), "its last known state");
            var listed = Pool.get(2, "/v1/jobs?node=n3", session());
            assertTrue(listed.array().stream().map(JsonValue::asJsonObject)
                    .allMatch(j -> j.getBoolean("nodeUnreachable", false)), listed.body());
            assertTrue(Pool.get(2, "/v1/jobs?node=n1", session()).array().stream().map(JsonValue::asJsonObject)
                    .noneMatch(j -> j.containsKey("nodeUnreachable")), "n1's gateway runs");
        } finally {
            var up = Pool.script("gateway-up", "3");
            assertEquals(0, up.exitCode(), up.out());
        }
        JsonObject back = awaitJob(2, id, j -> !j.containsKey("nodeUnreachable"), 30);
        assertEquals("succeeded", back.getString("state"));
    }

    /** How many {@code volume create} CLI runs node {@code node}'s gateway made. */
    private static double creates(int node) {
        var metrics = Pool.get(node, "/metrics?scope=application", session());
        assertEquals(200, metrics.status(), metrics.body());
        Matcher m = java.util.regex.Pattern.compile("(?m)^glusterrest_cli_duration_seconds_count\\{[^}]*"
                + "command=\"volume create\"[^}]*\\}\\s+([0-9.eE+-]+)$").matcher(metrics.body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    @Order(15)
    void aGatewayKilledDuringAHundredConcurrentUserAndAppWritesLosesNoAcknowledgedOneAndItsStateParses()
            throws Exception {
        assertEquals(0, Pool.tool(1, "config-set", "maxconnections", "128").exitCode());
        assertEquals(0, Pool.tool(1, "config-set", "commandratelimit", "1000").exitCode());
        Path results = Path.of("target/test-pool/kill9-mkuser.txt").toAbsolutePath();
        Files.deleteIfExists(results);
        try {
            Thread.sleep(500);
            CompletableFuture<List<String>> apps = CompletableFuture.supplyAsync(() -> IntStream.rangeClosed(1, 8)
                    .filter(i -> Pool.tool(2, "app-add", "k9app" + i, "k9secret-" + i).exitCode() == 0)
                    .mapToObj(i -> "k9app" + i).toList());
            CompletableFuture<Pool.Run> users = CompletableFuture.supplyAsync(() -> Pool.script("client", "bash",
                    Path.of(System.getProperty("glusterrest.test.scripts", "src/test/scripts"), "concurrent-mkuser.sh")
                            .toAbsolutePath().toString(), "http://" + Pool.address(2) + ":7443", token, "100", "k9user",
                    results.toString()));
            long began = System.nanoTime();
            while (acknowledged(results).size() < 10 && System.nanoTime() - began < 60_000_000_000L) {
                Thread.sleep(20);
            }
            int atKill = acknowledged(results).size();
            assertEquals(0, Pool.script("gateway-kill", "2").exitCode());
            double killedAfter = (System.nanoTime() - began) / 1e9;
            users.get(120, java.util.concurrent.TimeUnit.SECONDS);
            List<String> acked = acknowledged(results);
            List<String> answered = Files.readAllLines(results);
            List<String> appsAdded = apps.get(180, java.util.concurrent.TimeUnit.SECONDS);

            long restart = System.nanoTime();
            var up = Pool.script("gateway-up", "2");
            assertEquals(0, up.exitCode(), up.out());
            double serving = (System.nanoTime() - restart) / 1e9;
            var listed = Pool.post(2, "/rest/v1/lsuser", session(), "");
            assertEquals(200, listed.status(), listed.body());
            Set<String> present = listed.array().stream().map(u -> u.asJsonObject().getString("name"))
                    .collect(Collectors.toSet());
            List<String> lost = acked.stream().map(i -> "k9user" + i).filter(u -> !present.contains(u)).toList();
            long unacknowledgedPresent = IntStream.rangeClosed(1, 100).mapToObj(String::valueOf)
                    .filter(i -> !acked.contains(i) && present.contains("k9user" + i)).count();
            String appList = Pool.tool(1, "app-list").out();
            List<String> appsLost = appsAdded.stream().filter(a -> appList.lines().noneMatch(l -> l.startsWith(a + " ")))
                    .toList();
            var parsed = Pool.script("sh", "2", "python3", "-c", "import glob, json, os; os.chdir('" + SHARED + "');"
                    + " files = glob.glob('*.json'); [json.load(open(f)) for f in files];"
                    + " print(len(files), len([f for f in os.listdir('.') if f.endswith('.tmp')]))");
            System.out.printf("MultiNodeIT: n2's gateway killed (SIGKILL) %.1f s into 100 concurrent mkuser (%d acknowledged"
                    + " then, %d in all, %d answered; %d unacknowledged ones present after the restart) and 8 app-add by"
                    + " the tool (%d acknowledged); serving again after %.1f s; acknowledged but lost: %d users, %d apps;"
                    + " state files parsed, temp files left: %s%n", killedAfter, atKill, acked.size(), answered.size(),
                    unacknowledgedPresent, appsAdded.size(), serving, lost.size(), appsLost.size(), parsed.out().strip());
            assertTrue(atKill >= 10, "the kill came while the writes ran: " + answered);
            assertEquals(List.of(), lost, "every acknowledged mkuser is in the state after the restart");
            assertEquals(List.of(), appsLost, "every acknowledged app-add is in the state:\n" + appList);
            assertEquals(0, parsed.exitCode(), "every state file parses: " + parsed.out());
        } finally {
            Pool.tool(1, "config-reset", "maxconnections");
            Pool.tool(1, "config-reset", "commandratelimit");
        }
    }

    /** The numbers of the requests answered 2xx so far, from concurrent-mkuser.sh's results. */
    private static List<String> acknowledged(Path results) throws java.io.IOException {
        return Files.exists(results) ? Files.readAllLines(results).stream().map(l -> l.split(" "))
                .filter(f -> f.length == 2 && f[1].startsWith("2")).map(f -> f[0]).toList() : List.of();
    }

    @Test
    @Order(16)
    void aSharedStorageStalledOnNodeTwoServesItsReadsFromTheLastGoodCopyAndFailsItsWritesWithinABound()
            throws Exception {
        int before = 0;
        for (int i = 0; i < 50 && before != 200; i++) {
            before = Pool.post(2, "/rest/v1/lsuser", session(), "").status();
            Thread.sleep(before == 200 ? 0 : 200);
        }
        assertEquals(200, before, "n2 serves the pool's state (it looks for the moved state every 2 s)");
        String pid = Pool.script("sh", "2", "sh", "-c", "for p in $(pgrep -x glusterfs); do"
                + " [ \"$(readlink /proc/$p/ns/mnt)\" = \"$(readlink /proc/self/ns/mnt)\" ] || continue;"
                + " tr '\\0' ' ' < /proc/$p/cmdline | grep -qE ' /run/gluster/shared_storage/? *$' && echo $p; done")
                .out().strip();
        assertTrue(pid.matches("\\d+"), "n2's FUSE client of the shared-storage volume: " + pid);
        double readSeconds;
        double writeSeconds;
        Pool.Answer read;
        Pool.Answer write;
        Pool.Answer otherNode;
        assertEquals(0, new ProcessBuilder("kill", "-STOP", pid).start().waitFor());
        try {
            long t = System.nanoTime();
            read = Pool.post(2, "/rest/v1/lsuser", session(), "");
            readSeconds = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            write = Pool.post(2, "/rest/v1/mkuser", session(),
                    "{\"name\": \"stalluser\", \"usergrp\": \"Monitor\", \"password\": \"pw-of-stalluser\"}");
            writeSeconds = (System.nanoTime() - t) / 1e9;
            otherNode = Pool.post(1, "/rest/v1/lsuser/superuser", session(), "");
        } finally {
            new ProcessBuilder("kill", "-CONT", pid).start().waitFor();
        }
        long continued = System.nanoTime();
        int again = 0;
        while (again != 200 && System.nanoTime() - continued < 60_000_000_000L) {
            again = Pool.post(2, "/rest/v1/mkuser", session(),
                    "{\"name\": \"afterstall\", \"usergrp\": \"Monitor\", \"password\": \"pw-of-afterstall\"}").status();
            Thread.sleep(again == 200 ? 0 : 500);
        }
        System.out.printf("MultiNodeIT: n2's shared-storage client stopped (SIGSTOP): a read of the users answered %d"
                + " after %.1f s, a mkuser %d after %.1f s (%s); n1 meanwhile answered %d; after SIGCONT n2 wrote again"
                + " after %.1f s%n", read.status(), readSeconds, write.status(), writeSeconds, write.body(),
                otherNode.status(), (System.nanoTime() - continued) / 1e9);
        assertEquals(200, read.status(), read.body());
        assertTrue(read.array().stream().anyMatch(u -> u.asJsonObject().getString("name").equals("superuser")));
        assertEquals(503, write.status(), write.body());
        assertTrue(write.body().contains("State storage not answering"), write.body());
        // at most two 5 s timeouts (the first look at a silent file, the look for the moved state's marker), not
        // GlusterFS's 42 s ping-timeout
        assertTrue(writeSeconds < 15, "the write failed after " + writeSeconds + " s");
        assertTrue(readSeconds < 15, "the read answered after " + readSeconds + " s");
        assertEquals(200, again, "n2 writes again once its shared storage answers");
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
