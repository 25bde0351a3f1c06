package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read cache on the real glusterd: reads share runs and are answered from the cache, a change
 * made around the gateway (the gluster CLI run directly) is seen through glusterd's store, and HTTP
 * caching tells the truth.
 */
@ExtendWith(ArquillianExtension.class)
class ReadCacheIT {

    static final String VOLUME = "itcache";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(ReadCacheIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(ReadCacheIT.class), "itcache",
                Roles.ADMINISTRATOR);
        if (gateway.get("/v1/volumes/" + VOLUME).status() == 404) {
            var created = gateway.post("/v1/volumes", """
                    {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(VOLUME,
                    LocalGlusterd.brick(VOLUME, "b1")));
            assertEquals(201, created.status(), created::toString);
        }
    }

    @AfterAll
    static void removeVolume() throws Exception {
        gluster("volume", "delete", VOLUME);
    }

    /** Reads until two in a row come from the cache: the store's events of earlier changes have arrived. */
    private void settle(String path) throws InterruptedException {
        int hits = 0;
        for (int i = 0; i < 100 && hits < 2; i++) {
            String timing = gateway.get(path).header("Server-Timing");
            hits = timing != null && timing.contains("cache;desc=hit") ? hits + 1 : 0;
            Thread.sleep(hits == 0 ? 50 : 0);
        }
        assertEquals(2, hits, path + " settles into the cache");
    }

    @Test
    void concurrentReadsOfTheSameArgvRunTheCliOnce() throws Exception {
        settle("/v1/volumes");
        String firstRead = "/v1/volumes/" + VOLUME + "/options/performance.io-thread-count";
        long runsBefore = Metrics.cliRuns(gateway);
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Gateway.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> gateway.get(firstRead), clients));
            }
            for (CompletableFuture<Gateway.Answer> answer : answers) {
                assertEquals(200, answer.get(60, TimeUnit.SECONDS).status());
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, Metrics.cliRuns(gateway) - runsBefore, "16 concurrent first reads of one option: one volume get");
    }

    @Test
    void aCachedReadIsAnsweredWithoutTheCliAndSaysSo() throws InterruptedException {
        settle("/v1/volumes/" + VOLUME);
        long runsBefore = Metrics.cliRuns(gateway);
        var cached = gateway.get("/v1/volumes/" + VOLUME);
        assertEquals(200, cached.status());
        assertEquals(runsBefore, Metrics.cliRuns(gateway));
        assertTrue(cached.header("Server-Timing").contains("cache;desc=hit"), cached.header("Server-Timing"));
        assertNotNull(cached.header("Age"));
        assertEquals("private, no-cache", cached.header("Cache-Control"));
        assertTrue(cached.header("ETag").matches("\"[A-Za-z0-9_-]{27}\""), cached.header("ETag"));

        var notModified = gateway.withHeader("If-None-Match", cached.header("ETag")).get("/v1/volumes/" + VOLUME);
        assertEquals(304, notModified.status(), notModified::toString);
        assertEquals("", notModified.body());
        assertEquals(cached.header("ETag"), notModified.header("ETag"));
        assertEquals(runsBefore, Metrics.cliRuns(gateway), "a 304 for a current entry runs no CLI");

        var fresh = gateway.withHeader("Cache-Control", "no-cache").get("/v1/volumes/" + VOLUME);
        assertEquals(200, fresh.status());
        String timing = String.join(", ", fresh.response().headers().allValues("Server-Timing"));
        assertTrue(timing.contains("cache;desc=miss") && timing.contains("cli;dur="), timing);
        assertEquals(runsBefore + 1, Metrics.cliRuns(gateway), "Cache-Control: no-cache runs the CLI");
        assertEquals(cached.header("ETag"), fresh.header("ETag"), "the same volume, the same tag");
    }

    @Test
    void aLiveReadSaysHowLongItStaysFresh() {
        assertTrue(gateway.post("/v1/volumes/" + VOLUME + "/start", "{\"force\": true}").status() < 300);
        var status = gateway.get("/v1/volumes/" + VOLUME + "/status");
        assertEquals(200, status.status(), status::toString);
        assertTrue(status.header("Cache-Control").matches("private, max-age=[01]"), status.header("Cache-Control"));
    }

    @Test
    void aChangeMadeWithTheGlusterCliItselfIsSeenWithinOneSecond() throws Exception {
        String key = "/v1/volumes/" + VOLUME + "/options/user.cache-test";
        assertEquals(204, gateway.post("/v1/volumes/" + VOLUME + "/options",
                "{\"options\": {\"user.cache-test\": \"before\"}}").status());
        assertEquals("before", gateway.get(key).object().getString("value"));
        settle(key);

        gluster("volume", "set", VOLUME, "user.cache-test", "around-the-gateway");
        long changed = System.nanoTime();
        String seen = gateway.get(key).object().getString("value");
        while (!seen.equals("around-the-gateway") && System.nanoTime() - changed < 1_000_000_000L) {
            Thread.sleep(20);
            seen = gateway.get(key).object().getString("value");
        }
        assertEquals("around-the-gateway", seen, "seen through glusterd's store within 1 s");
    }

    @Test
    void aWriteIsReadBackAtOnce() {
        for (String value : List.of("one", "two", "three")) {
            assertEquals(204, gateway.post("/v1/volumes/" + VOLUME + "/options",
                    "{\"options\": {\"user.cache-test\": \"" + value + "\"}}").status());
            assertEquals(value, gateway.get("/v1/volumes/" + VOLUME + "/options/user.cache-test").object()
                    .getString("value"));
        }
    }

    private static void gluster(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("gluster", "--mode=script"));
        argv.addAll(List.of(args));
        if (args[0].equals("volume") && args[1].equals("delete")) {
            new ProcessBuilder("gluster", "--mode=script", "volume", "stop", VOLUME, "force").inheritIO().start()
                    .waitFor(60, TimeUnit.SECONDS);
        }
        Process p = new ProcessBuilder(argv).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " hung");
        }
    }
}
