package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Day-two work under /v1 against the real glusterd: bricks, rebalance, heal, quota, profile, top, bitrot, snapshots. */
@ExtendWith(ArquillianExtension.class)
class VolumeOperationsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(VolumeOperationsIT.class, "glusterrest.jobs.poll-millis=200\n");
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(VolumeOperationsIT.class), "itops",
                Roles.ADMINISTRATOR);
    }

    @Test
    void bricksAddedToADistributeVolumeAreRebalancedToCompletionAsAJob() throws Exception {
        String v = "itrebal";
        String first = LocalGlusterd.brick(v, "d1");
        create(v, List.of(first), "");
        writeFiles(v, 30);

        var added = gateway.post("/v1/volumes/" + v + "/bricks", """
                {"bricks": ["%s"], "force": true}""".formatted(LocalGlusterd.brick(v, "d2")));
        assertEquals(200, added.status(), added::toString);
        assertEquals(2, added.object().getInt("brickCount"));

        var accepted = gateway.send(gateway.request("/v1/volumes/" + v + "/rebalance").header("Prefer", "respond-async")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(202, accepted.status(), accepted::toString);
        JsonObject job = awaitJob(URI.create(accepted.header("Location")).getPath());
        assertEquals("succeeded", job.getString("state"), job::toString);
        JsonObject result = job.getJsonObject("result");
        assertTrue(result.getJsonObject("aggregate").getString("status").contains("completed"), job::toString);
        assertTrue(job.containsKey("progress"), "the job showed the rebalance's progress: " + job);

        var status = gateway.get("/v1/volumes/" + v + "/rebalance");
        assertEquals(200, status.status(), status::toString);
        assertEquals(LocalGlusterd.hostname(), status.object().getJsonArray("nodes").getJsonObject(0).getString("node"));
        var listed = gateway.get("/v1/volumes/" + v + "/bricks?detail=1");
        assertEquals(200, listed.status(), listed::toString);
        for (JsonValue brick : listed.array()) {
            assertTrue(brick.asJsonObject().getBoolean("online"), listed::toString);
            assertTrue(brick.asJsonObject().getJsonNumber("sizeFree").longValue() > 0, listed::toString);
            assertTrue(brick.asJsonObject().getInt("port") > 0, listed::toString);
        }
        remove(v);
    }

    @Test
    void removingABrickGoesThroughStartStatusAndCommit() {
        String v = "itrmbrick";
        String kept = LocalGlusterd.brick(v, "r1");
        String removed = LocalGlusterd.brick(v, "r2");
        create(v, List.of(kept, removed), "");
        String body = "{\"bricks\": [\"" + removed + "\"]}";

        var started = gateway.post("/v1/volumes/" + v + "/bricks/remove", body);
        assertEquals(200, started.status(), started::toString);
        assertFalse(started.object().getString("taskId").isEmpty(), started::toString);
        String query = "/v1/volumes/" + v + "/bricks/remove?brick=" + removed;
        JsonObject status = await(() -> gateway.get(query), s -> s.getJsonArray("nodes").stream()
                .allMatch(n -> n.asJsonObject().getString("status").contains("completed")));
        assertEquals(0, status.getJsonObject("aggregate").getInt("failures"), status::toString);

        var committed = gateway.post("/v1/volumes/" + v + "/bricks/remove/commit", body);
        assertEquals(200, committed.status(), committed::toString);
        assertEquals(1, committed.object().getInt("brickCount"));
        assertEquals(kept, committed.object().getJsonArray("bricks").getJsonObject(0).getString("name"));
        remove(v);
    }

    @Test
    void aKilledBrickShowsInHealInfoAndHealsAfterItsRestartAndABrickIsReplaced() throws Exception {
        String v = "itheal";
        create(v, List.of(LocalGlusterd.brick(v, "h1"), LocalGlusterd.brick(v, "h2"), LocalGlusterd.brick(v, "h3")),
                "\"replica\": 3,");
        JsonArray bricks = gateway.get("/v1/volumes/" + v + "/bricks").array();
        JsonObject victim = bricks.getJsonObject(0).asJsonObject();
        run("kill", "-9", String.valueOf(victim.getJsonNumber("pid").longValue()));
        await(() -> gateway.get("/v1/volumes/" + v + "/bricks"),
                a -> true, answer -> answer.status() == 200 && !answer.array().getJsonObject(0).getBoolean("online"));
        writeFiles(v, 3);

        JsonArray info = gateway.get("/v1/volumes/" + v + "/heal").array();
        JsonObject down = find(info, victim.getString("name"));
        assertFalse(down.getBoolean("connected"), info::toString);
        assertTrue(info.stream().map(JsonValue::asJsonObject).filter(b -> b.getBoolean("connected"))
                .allMatch(b -> b.getJsonNumber("entries").longValue() >= 1), info::toString);
        var summary = gateway.get("/v1/volumes/" + v + "/heal/summary");
        assertEquals(200, summary.status(), summary::toString);

        // start force restarts dead bricks; glusterd may still be noting the death for a moment and skip it
        await(() -> {
            assertEquals(200, gateway.post("/v1/volumes/" + v + "/start", "{\"force\": true}").status());
            sleepMillis(2000);
            return gateway.get("/v1/volumes/" + v + "/bricks");
        }, a -> true, answer -> answer.array().stream().allMatch(b -> b.asJsonObject().getBoolean("online")));
        await(() -> gateway.get("/v1/volumes/" + v + "/heal"), a -> true, answer -> answer.status() == 200
                && answer.array().stream().map(JsonValue::asJsonObject).allMatch(b -> b.getBoolean("connected")));
        // the self-heal daemon restarts with the brick; until it is up, a launch is refused (409)
        var launched = await(() -> gateway.post("/v1/volumes/" + v + "/heal"), a -> true, a -> a.status() == 200);
        assertEquals("index", launched.object().getString("kind"));
        await(() -> gateway.get("/v1/volumes/" + v + "/heal"), a -> true, answer -> answer.status() == 200
                && answer.array().stream().map(JsonValue::asJsonObject).allMatch(b -> b.getBoolean("connected")
                        && b.getJsonNumber("entries").longValue() == 0));

        String replacement = LocalGlusterd.brick(v, "h4");
        var replaced = gateway.post("/v1/volumes/" + v + "/bricks/replace", """
                {"source": "%s", "target": "%s"}""".formatted(bricks.getJsonObject(2).getString("name"), replacement));
        assertEquals(200, replaced.status(), replaced::toString);
        assertTrue(replaced.body().contains(replacement), replaced::toString);
        assertFalse(replaced.body().contains(bricks.getJsonObject(2).getString("name") + "\""), replaced::toString);
        remove(v);
    }

    @Test
    void quotaProfileTopAndBitrotWorkOnAStartedVolume() throws Exception {
        String v = "itquota";
        create(v, List.of(LocalGlusterd.brick(v, "q1")), "");
        assertEquals(204, gateway.post("/v1/volumes/" + v + "/quota/enable").status());
        var limited = gateway.post("/v1/volumes/" + v + "/quota/limits",
                "{\"path\": \"/\", \"size\": \"1GB\", \"softLimit\": \"70\"}");
        assertEquals(200, limited.status(), limited::toString);
        JsonObject root = find(limited.array(), "/", "path");
        assertEquals(1073741824L, root.getJsonNumber("hardLimit").longValue());
        assertEquals(70, root.getInt("softLimitPercent"));
        assertEquals(204, gateway.delete("/v1/volumes/" + v + "/quota/limits?path=/").status());
        assertEquals(0, gateway.get("/v1/volumes/" + v + "/quota").array().size());
        assertEquals(204, gateway.post("/v1/volumes/" + v + "/quota/disable").status());

        assertEquals(204, gateway.post("/v1/volumes/" + v + "/profile/start").status());
        writeFiles(v, 5);
        var profile = gateway.get("/v1/volumes/" + v + "/profile");
        assertEquals(200, profile.status(), profile::toString);
        assertTrue(profile.array().getJsonObject(0).getString("brick").endsWith("/q1"), profile::toString);
        assertTrue(profile.array().getJsonObject(0).getJsonObject("cumulative").getJsonArray("fops").size() > 0,
                profile::toString);
        assertEquals(204, gateway.post("/v1/volumes/" + v + "/profile/stop").status());

        var top = gateway.get("/v1/volumes/" + v + "/top/read?count=10");
        assertEquals(200, top.status(), top::toString);
        assertTrue(top.array().getJsonObject(0).getJsonArray("files").size() > 0, top::toString);

        assertEquals(204, gateway.post("/v1/volumes/" + v + "/bitrot/enable").status());
        var scrub = gateway.get("/v1/volumes/" + v + "/bitrot");
        assertEquals(200, scrub.status(), scrub::toString);
        assertEquals(v, scrub.object().getString("volume"));
        assertEquals(LocalGlusterd.hostname(), scrub.object().getJsonArray("nodes").getJsonObject(0).getString("node"));
        assertEquals(204, gateway.send("PUT", "/v1/volumes/" + v + "/bitrot/scrub", "application/json",
                "{\"throttle\": \"lazy\"}").status());
        assertEquals("lazy", gateway.get("/v1/volumes/" + v + "/bitrot").object().getString("impact"));
        assertEquals(204, gateway.post("/v1/volumes/" + v + "/bitrot/disable").status());
        remove(v);
    }

    @Test
    void snapshotsAnswerTheClisOwnRefusalOnANodeWithoutLvm() {
        for (var answer : List.of(gateway.get("/v1/snapshots"), gateway.post("/v1/snapshots",
                "{\"name\": \"itsnap\", \"volume\": \"itnosnapvol\", \"noTimestamp\": true}"),
                gateway.get("/v1/snapshots/itsnap"))) {
            assertEquals(409, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
            assertTrue(answer.object().getString("opErrstr").contains("LVM"), answer::toString);
        }
    }

    @Test
    void badInputToEveryNewResourceIs400AndRunsNoCli() {
        long before = Metrics.cliRuns(gateway);
        List<Gateway.Answer> answers = List.of(
                gateway.post("/v1/volumes/itany/bricks", "{\"bricks\": [\"nohost\"]}"),
                gateway.post("/v1/volumes/itany/bricks", "{\"bricks\": [\"h:/a\", \"h:/a\"]}"),
                gateway.post("/v1/volumes/itany/bricks", "{\"bricks\": [\"h:/a\"], \"arbiter\": 1}"),
                gateway.post("/v1/volumes/itany/bricks/remove", "{\"bricks\": []}"),
                gateway.post("/v1/volumes/itany/bricks/replace", "{\"source\": \"h:/a\", \"target\": \"h:/a\"}"),
                gateway.post("/v1/volumes/itany/bricks/replace", "{\"source\": \"h:/a\", \"target\": \"h:a\"}"),
                gateway.post("/v1/volumes/itany/rebalance", "{\"fixLayout\": true, \"force\": true}"),
                gateway.post("/v1/volumes/itany/quota/limits", "{\"path\": \"/../etc\", \"size\": \"1GB\"}"),
                gateway.post("/v1/volumes/itany/quota/limits", "{\"path\": \"/a\", \"size\": \"10XB\"}"),
                gateway.post("/v1/volumes/itany/quota/limits", "{\"path\": \"/a\", \"size\": \"1GB\", \"softLimit\": \"150\"}"),
                gateway.delete("/v1/volumes/itany/quota/limits?path=relative"),
                gateway.get("/v1/volumes/itany/top/bogus"),
                gateway.get("/v1/volumes/itany/top/read?brick=nohost"),
                gateway.post("/v1/volumes/itany/bitrot/scrub/explode"),
                gateway.send("PUT", "/v1/volumes/itany/bitrot/scrub", "application/json", "{\"throttle\": \"fast\"}"),
                gateway.get("/v1/volumes/bad%20name/heal"),
                gateway.get("/v1/snapshots?volume=-x"),
                gateway.post("/v1/snapshots", "{\"name\": \"bad name\", \"volume\": \"v\"}"),
                gateway.post("/v1/snapshots/s1/clone", "{}"));
        for (Gateway.Answer answer : answers) {
            assertEquals(400, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        }
        assertEquals(before, Metrics.cliRuns(gateway), "no CLI ran for bad input");
    }

    private void create(String v, List<String> bricks, String more) {
        remove(v);
        var created = gateway.post("/v1/volumes", "{\"name\": \"%s\", %s \"bricks\": [%s], \"force\": true}".formatted(
                v, more, String.join(", ", bricks.stream().map(b -> "\"" + b + "\"").toList())));
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, gateway.post("/v1/volumes/" + v + "/start").status());
    }

    private void remove(String v) {
        if (gateway.get("/v1/volumes/" + v).status() == 200) {
            gateway.post("/v1/volumes/" + v + "/stop", "{\"force\": true}");
            gateway.delete("/v1/volumes/" + v);
        }
    }

    /** Writes files through a real FUSE mount of the volume, unmounted again. */
    private static void writeFiles(String volume, int count) throws Exception {
        Path mount = Files.createTempDirectory("glusterrest-it-mnt");
        run("mount", "-t", "glusterfs", LocalGlusterd.hostname() + ":/" + volume, mount.toString());
        try {
            for (int i = 0; i < count; i++) {
                Files.writeString(mount.resolve("file-" + i), "content " + i + "\n".repeat(100));
            }
            for (int i = 0; i < count; i++) {
                Files.readString(mount.resolve("file-" + i));
            }
        } finally {
            run("umount", mount.toString());
            Files.deleteIfExists(mount);
        }
    }

    private static void run(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " failed");
        }
    }

    private JsonObject awaitJob(String path) {
        return await(() -> gateway.get(path), job -> !job.getString("state").equals("queued")
                && !job.getString("state").equals("running"));
    }

    private static JsonObject await(java.util.function.Supplier<Gateway.Answer> ask, Predicate<JsonObject> done) {
        return await(ask, done, null).object();
    }

    private static Gateway.Answer await(java.util.function.Supplier<Gateway.Answer> ask, Predicate<JsonObject> done,
                                        Predicate<Gateway.Answer> doneAnswer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Gateway.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = ask.get();
            if (doneAnswer != null ? doneAnswer.test(last) : last.status() == 200 && done.test(last.object())) {
                return last;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not done within 90 s; last answer " + last);
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonObject find(JsonArray list, String value) {
        return find(list, value, "brick");
    }

    private static JsonObject find(JsonArray list, String value, String field) {
        return list.stream().map(JsonValue::asJsonObject).filter(o -> value.equals(o.getString(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }
}
