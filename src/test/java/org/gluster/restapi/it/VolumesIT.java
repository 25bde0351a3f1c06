package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real WAR on a real Payara Micro, driving the real glusterd of this machine through /v1. */
@ExtendWith(ArquillianExtension.class)
class VolumesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(VolumesIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(VolumesIT.class), "itadmin",
                Roles.ADMINISTRATOR);
    }

    @Test
    void replicaThreeVolumeGoesThroughItsWholeLife() {
        String name = "itrep3";
        removeIfPresent(name);
        var created = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s", "%s", "%s"], "replica": 3, "force": true,
                 "options": {"performance.cache-size": "64MB"}}"""
                .formatted(name, LocalGlusterd.brick(name, "b1"), LocalGlusterd.brick(name, "b2"),
                        LocalGlusterd.brick(name, "b3")));
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/v1/volumes/" + name), created.header("Location"));
        assertEquals("Replicate", created.object().getString("type"));
        assertEquals(3, created.object().getInt("replicaCount"));
        assertEquals("64MB", created.object().getJsonObject("options").getString("performance.cache-size"));

        lifecycle(name, 3);
    }

    @Test
    void distributeVolumeGoesThroughItsWholeLife() {
        String name = "itdist";
        removeIfPresent(name);
        var created = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s", "%s"], "force": true}"""
                .formatted(name, LocalGlusterd.brick(name, "d1"), LocalGlusterd.brick(name, "d2")));
        assertEquals(201, created.status(), created::toString);
        assertEquals("Distribute", created.object().getString("type"));
        assertEquals("Created", created.object().getString("status"));

        lifecycle(name, 2);
    }

    private void lifecycle(String name, int bricks) {
        var started = gateway.post("/v1/volumes/" + name + "/start", "{\"force\": false}");
        assertEquals(200, started.status(), started::toString);
        assertEquals("Started", started.object().getString("status"));

        var status = gateway.get("/v1/volumes/" + name + "/status");
        assertEquals(200, status.status(), status::toString);
        var brickStatus = status.object().getJsonArray("bricks");
        assertEquals(bricks, brickStatus.size());
        for (JsonValue brick : brickStatus) {
            assertTrue(brick.asJsonObject().getBoolean("online"), status::toString);
            assertTrue(brick.asJsonObject().getJsonNumber("sizeTotal").longValue() > 0, status::toString);
        }

        var listed = gateway.get("/v1/volumes?status=1");
        assertEquals(200, listed.status());
        JsonObject mine = listed.array().stream().map(JsonValue::asJsonObject)
                .filter(v -> v.getString("name").equals(name)).findFirst().orElseThrow();
        assertEquals(bricks, mine.getJsonObject("live").getJsonArray("bricks").size());

        var set = gateway.post("/v1/volumes/" + name + "/options",
                "{\"options\": {\"performance.io-thread-count\": \"8\", \"diagnostics.client-log-level\": \"WARNING\"}}");
        assertEquals(204, set.status(), set::toString);
        var one = gateway.get("/v1/volumes/" + name + "/options/performance.io-thread-count");
        assertEquals("8", one.object().getString("value"), one::toString);
        assertFalse(one.object().getBoolean("default"));

        var all = gateway.get("/v1/volumes/" + name + "/options");
        assertEquals(200, all.status());
        assertTrue(all.array().size() > 100, "volume get all lists every option");
        assertTrue(all.array().stream().map(JsonValue::asJsonObject).anyMatch(o -> o.getBoolean("default")));

        assertEquals(204, gateway.delete("/v1/volumes/" + name + "/options/performance.io-thread-count").status());
        var reset = gateway.get("/v1/volumes/" + name + "/options/performance.io-thread-count");
        assertTrue(reset.object().getBoolean("default"), reset::toString);
        assertEquals(204, gateway.delete("/v1/volumes/" + name + "/options").status());
        var resetAll = gateway.get("/v1/volumes/" + name + "/options/diagnostics.client-log-level");
        assertEquals("INFO", resetAll.object().getString("value"), resetAll::toString);

        var stopped = gateway.post("/v1/volumes/" + name + "/stop");
        assertEquals(200, stopped.status(), stopped::toString);
        assertEquals("Stopped", stopped.object().getString("status"));

        assertEquals(204, gateway.delete("/v1/volumes/" + name).status());
        assertEquals(404, gateway.get("/v1/volumes/" + name).status());
    }

    @Test
    void restartStopsAndStartsAgain() {
        String name = "itrestart";
        removeIfPresent(name);
        create(name);
        assertEquals(200, gateway.post("/v1/volumes/" + name + "/start").status());
        var restarted = gateway.post("/v1/volumes/" + name + "/restart", "{\"force\": true}");
        assertEquals(200, restarted.status(), restarted::toString);
        assertEquals("Started", restarted.object().getString("status"));
        removeIfPresent(name);
    }

    @Test
    void unknownVolumeIs404WithTheCliWords() {
        var answer = gateway.get("/v1/volumes/nosuchvolume");
        assertEquals(404, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(30806, answer.object().getInt("opErrno"));
        assertEquals(-1, answer.object().getInt("opRet"));
        assertEquals("Volume does not exist", answer.object().getString("opErrstr"));
        assertEquals(404, gateway.post("/v1/volumes/nosuchvolume/stop").status());
        assertEquals(404, gateway.get("/v1/volumes/nosuchvolume/options/performance.cache-size").status());
    }

    @Test
    void creatingAnExistingVolumeIs409() {
        String name = "itdup";
        removeIfPresent(name);
        create(name);
        var again = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(name, LocalGlusterd.brick(name, "x")));
        assertEquals(409, again.status(), again::toString);
        assertTrue(again.object().getString("opErrstr").contains("already exists"), again::toString);
        removeIfPresent(name);
    }

    @Test
    void anOptionTheVolumeRefusesLeavesNoVolumeBehind() {
        String name = "itbadopt";
        removeIfPresent(name);
        var refused = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true, "options": {"performance.cache-size": "banana"}}"""
                .formatted(name, LocalGlusterd.brick(name, "b")));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.object().getString("opErrstr").contains("banana"), refused::toString);
        assertEquals(404, gateway.get("/v1/volumes/" + name).status());
    }

    @Test
    void peersListTheWholePoolWithThisNode() {
        var peers = gateway.get("/v1/peers");
        assertEquals(200, peers.status(), peers::toString);
        JsonObject self = peers.array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getBoolean("self")).findFirst().orElseThrow();
        assertEquals(LocalGlusterd.hostname(), self.getString("hostname"));
        assertTrue(self.getBoolean("connected"));
        assertNotNull(self.getString("uuid"));
        assertEquals(200, gateway.get("/v1/peers/" + LocalGlusterd.hostname()).status());
        assertEquals(404, gateway.get("/v1/peers/not-a-peer.example").status());
    }

    @Test
    void probingThisNodeChangesNothing() {
        var probe = gateway.post("/v1/peers", "{\"host\": \"" + LocalGlusterd.hostname() + "\"}");
        assertEquals(200, probe.status(), probe::toString);
        assertTrue(probe.object().getBoolean("self"), probe::toString);
    }

    @Test
    void detachingAHostOutsideThePoolIs404() {
        var detach = gateway.delete("/v1/peers/nosuchhost");
        assertEquals(404, detach.status(), detach::toString);
        assertTrue(detach.object().getString("opErrstr").contains("not part of cluster"), detach::toString);
    }

    @Test
    void hostileNamesAndBricksAreRefusedBeforeAnyCliRuns() {
        long runsBefore = Metrics.cliRuns(gateway);
        List<String> bodies = List.of(
                "{\"name\": \"a;rm -rf /\", \"bricks\": [\"%s\"]}".formatted(LocalGlusterd.brick("x", "b")),
                "{\"name\": \"-x\", \"bricks\": [\"%s\"]}".formatted(LocalGlusterd.brick("x", "b")),
                "{\"name\": \"itevil\", \"bricks\": [\"%s:/tmp/../etc\"]}".formatted(LocalGlusterd.hostname()),
                "{\"name\": \"itevil\", \"bricks\": [\"%s:/tmp/b\\nforce\"]}".formatted(LocalGlusterd.hostname()),
                "{\"name\": \"itevil\", \"bricks\": [\"%s\"], \"options\": {\"a b\": \"1\"}}"
                        .formatted(LocalGlusterd.brick("x", "b")),
                "{\"name\": \"itevil\", \"bricks\": [\"%s\"], \"options\": {\"performance.cache-size\": \"--help\"}}"
                        .formatted(LocalGlusterd.brick("x", "b")));
        for (String body : bodies) {
            var answer = gateway.post("/v1/volumes", body);
            assertEquals(400, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        }
        assertEquals(400, gateway.post("/v1/peers", "{\"host\": \"-h\"}").status());
        assertEquals(400, gateway.delete("/v1/peers/a%0Areboot").status());
        assertEquals(400, gateway.delete("/v1/peers/a%20b").status());
        assertEquals(400, gateway.post("/v1/volumes/-x/start").status());
        assertEquals(400, gateway.get("/v1/volumes/gv0/options/a%0Ab").status());

        assertEquals(runsBefore, Metrics.cliRuns(gateway), "no CLI ran for a refused request");
        String history = LocalGlusterd.commandHistory().stream().collect(Collectors.joining("\n"));
        assertFalse(history.contains("rm -rf") || history.contains("itevil") || history.contains("/tmp/.."),
                "glusterd's cmd_history.log shows no refused request");
    }

    @Test
    void bodiesThatAreNotJsonOrTooLargeAreRefused() {
        var wrongType = gateway.send("POST", "/v1/volumes", "text/plain", "name=x");
        assertEquals(415, wrongType.status(), wrongType::toString);
        assertTrue(wrongType.header("Content-Type").startsWith("application/problem+json"));
        var malformed = gateway.post("/v1/volumes", "{\"name\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        var misspelt = gateway.post("/v1/volumes", "{\"name\": \"x\", \"brciks\": []}");
        assertEquals(400, misspelt.status(), misspelt::toString);
        assertTrue(misspelt.object().getString("detail").contains("brciks"), misspelt::toString);
        var huge = gateway.post("/v1/volumes", "{\"name\": \"" + "x".repeat(70_000) + "\"}");
        assertEquals(413, huge.status(), huge::toString);
        var wrongMethod = gateway.send("PUT", "/v1/volumes", "application/json", "{}");
        assertEquals(405, wrongMethod.status());
        assertNotNull(wrongMethod.header("Allow"));
    }

    private void create(String name) {
        var created = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(name, LocalGlusterd.brick(name, "b")));
        assertEquals(201, created.status(), created::toString);
    }

    private void removeIfPresent(String name) {
        if (gateway.get("/v1/volumes/" + name).status() == 200) {
            gateway.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
            assertEquals(204, gateway.delete("/v1/volumes/" + name).status());
        }
    }
}
