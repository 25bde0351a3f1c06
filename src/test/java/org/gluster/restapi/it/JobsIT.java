package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Prefer: respond-async on the real glusterd: 202 at once, a job that goes through the one-CLI façade. */
@ExtendWith(ArquillianExtension.class)
class JobsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(JobsIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(JobsIT.class), "itjobs",
                Roles.ADMINISTRATOR);
    }

    @Test
    void anAsyncStopAnswers202AtOnceAndASecondMutationWaitsForTheFacade() throws Exception {
        String stopped = "itjobstop";
        String other = "itjobother";
        for (String name : new String[]{stopped, other}) {
            removeIfPresent(name);
            assertEquals(201, gateway.post("/v1/volumes", """
                    {"name": "%s", "bricks": ["%s"], "force": true}"""
                    .formatted(name, LocalGlusterd.brick(name, "b1"))).status());
        }
        assertEquals(200, gateway.post("/v1/volumes/" + stopped + "/start").status());

        long began = System.nanoTime();
        var accepted = gateway.send(gateway.request("/v1/volumes/" + stopped + "/stop")
                .header("Prefer", "respond-async").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        double acceptMillis = (System.nanoTime() - began) / 1e6;
        var second = CompletableFuture.supplyAsync(() -> gateway.post("/v1/volumes/" + other + "/options",
                "{\"options\": {\"performance.cache-size\": \"64MB\"}}"));

        assertEquals(202, accepted.status(), accepted::toString);
        assertEquals("respond-async", accepted.header("Preference-Applied"));
        String location = accepted.header("Location");
        assertTrue(location.contains("/v1/jobs/"), location);
        assertTrue(acceptMillis < 500, "202 after " + acceptMillis + " ms, not after the stop");
        assertEquals("stop volume " + stopped, accepted.object().getString("operation"));

        assertEquals(204, second.get().status(), "the second mutation waited for the façade instead of failing");
        JsonObject job = awaitFinished(URI.create(location).getPath());
        assertEquals("succeeded", job.getString("state"), job::toString);
        assertEquals("Stopped", job.getJsonObject("result").getString("status"));
        assertTrue(job.containsKey("started") && job.containsKey("finished"), job::toString);
        assertTrue(gateway.get("/v1/jobs").array().stream()
                .anyMatch(j -> j.asJsonObject().getString("id").equals(job.getString("id"))));
        assertEquals("Stopped", gateway.get("/v1/volumes/" + stopped).object().getString("status"));
        removeIfPresent(stopped);
        removeIfPresent(other);
    }

    @Test
    void aJobWhoseCliFailsEndsFailedWithTheProblem() {
        var accepted = gateway.send(gateway.request("/v1/volumes/itjobnosuch/start").header("Prefer", "respond-async")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(202, accepted.status(), accepted::toString);
        JsonObject job = awaitFinished(URI.create(accepted.header("Location")).getPath());
        assertEquals("failed", job.getString("state"), job::toString);
        assertEquals(404, job.getJsonObject("problem").getInt("status"), job::toString);
        assertTrue(job.getJsonObject("problem").getString("opErrstr").contains("does not exist"), job::toString);
    }

    @Test
    void badInputIsRefusedBeforeAnyJobExists() {
        int before = gateway.get("/v1/jobs").array().size();
        var refused = gateway.send(gateway.request("/v1/volumes/bad%20name/stop").header("Prefer", "respond-async")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(before, gateway.get("/v1/jobs").array().size());
        assertEquals(404, gateway.get("/v1/jobs/no-such-job").status());
    }

    private JsonObject awaitFinished(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject job = gateway.get(path).object();
            String state = job.getString("state");
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            sleep(100);
        }
        throw new AssertionError("job " + path + " did not finish within 60 s");
    }

    private void removeIfPresent(String name) {
        if (gateway.get("/v1/volumes/" + name).status() == 200) {
            gateway.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
            gateway.delete("/v1/volumes/" + name);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
