package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pool's events on the real glusterd and the real glustereventsd: the gateway registers its
 * intake with the daemon itself, a change made with the gluster CLI directly reaches an open stream,
 * a reconnected stream resumes without a gap, and the intake, the roles and the stream limit hold.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventsIT {

    static final String VOLUME = "itevents";
    static final Duration SOON = Duration.ofSeconds(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(EventsIT.class, "glusterrest.events.check=2\nglusterrest.events.heartbeat=1\n");
    }

    @ArquillianResource
    URL deployed;

    Gateway admin;
    Gateway monitor;

    @BeforeEach
    void connect() throws Exception {
        admin = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(EventsIT.class), "itevadmin",
                Roles.SECURITY_ADMIN);
        monitor = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(EventsIT.class), "itevmonitor",
                Roles.MONITOR);
        if (admin.get("/v1/volumes/" + VOLUME).status() == 404) {
            var created = admin.post("/v1/volumes", """
                    {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(VOLUME,
                    LocalGlusterd.brick(VOLUME, "b1")));
            assertEquals(201, created.status(), created::toString);
        }
    }

    @AfterAll
    static void removeVolume() throws Exception {
        gluster("volume", "delete", VOLUME);
    }

    @Test
    @Order(1)
    void glustereventsdPostsTheCliCommandsOfThisNodeToTheGatewayOnceItHasRegistered() throws Exception {
        Process pid = new ProcessBuilder("bash", "server-config/events-daemon.sh", "pid").start();
        assertFalse(new String(pid.getInputStream().readAllBytes()).isBlank(),
                "glustereventsd runs in this namespace (server-config/local-glusterd.sh starts it)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean seen = false;
        for (int n = 0; !seen && System.nanoTime() < deadline; n++) {
            long last = last(admin);
            gluster("volume", "set", VOLUME, "user.flow", "probe" + n);
            for (int i = 0; i < 20 && !seen; i++) {
                Thread.sleep(100);
                seen = events(admin, "/v1/events?event=VOLUME_SET&after=" + last).stream()
                        .anyMatch(e -> e.getJsonObject("message").toString().contains("probe"));
            }
        }
        assertTrue(seen, "a VOLUME_SET run with the gluster CLI reached the event log within 60 s of the start");
    }

    @Test
    @Order(3)
    void aCliCommandRunDirectlyReachesAnOpenStreamWithinTwoSeconds() throws Exception {
        List<Double> delays = new ArrayList<>();
        try (EventStreamClient stream = admin.stream("/v1/events?event=VOLUME_SET&volume=" + VOLUME, null)) {
            assertEquals(200, stream.status(), stream::body);
            assertTrue(stream.header("Content-Type").startsWith("text/event-stream"), stream.header("Content-Type"));
            for (int i = 0; i < 50; i++) {
                long start = System.nanoTime();
                gluster("volume", "set", VOLUME, "user.delay", "d" + i);
                EventStreamClient.Received got = stream.next(SOON.plusSeconds(3));
                assertNotNull(got, "VOLUME_SET " + i + " on the stream");
                assertEquals("VOLUME_SET", got.event());
                assertEquals(got.id(), String.valueOf(got.data().getJsonNumber("id").longValue()));
                assertTrue(got.data().getJsonObject("message").toString().contains("\"d" + i + "\""), got.data()::toString);
                double seconds = (got.arrivedNanos() - start) / 1e9;
                assertTrue(seconds < SOON.toSeconds(), "event " + i + " arrived after " + seconds + " s");
                delays.add(seconds);
            }
        }
        Collections.sort(delays);
        System.out.printf("EventsIT: gluster volume set (CLI run directly) to the event on a stream, n=50: "
                + "p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", delays.get(24) * 1000, delays.get(48) * 1000,
                delays.get(49) * 1000);
    }

    @Test
    @Order(4)
    void aStreamReconnectedWithLastEventIdGetsExactlyTheEventsItMissed() throws Exception {
        String lastSeen;
        try (EventStreamClient stream = admin.stream("/v1/events?volume=" + VOLUME, null)) {
            assertEquals(200, stream.status(), stream::body);
            gluster("volume", "set", VOLUME, "user.gap", "before");
            EventStreamClient.Received got = stream.next(Duration.ofSeconds(5));
            assertNotNull(got);
            lastSeen = got.id();
        }
        for (int i = 0; i < 3; i++) {
            gluster("volume", "set", VOLUME, "user.gap", "missed" + i);
        }
        Thread.sleep(1000);
        try (EventStreamClient stream = admin.stream("/v1/events?volume=" + VOLUME, lastSeen)) {
            assertEquals(200, stream.status(), stream::body);
            for (int i = 0; i < 3; i++) {
                EventStreamClient.Received got = stream.next(Duration.ofSeconds(5));
                assertNotNull(got, "missed event " + i);
                assertTrue(got.data().toString().contains("missed" + i), got.data()::toString);
                assertTrue(Long.parseLong(got.id()) > Long.parseLong(lastSeen));
            }
            assertEquals(null, stream.next(Duration.ofMillis(500)), "nothing but the missed events");
        }
    }

    @Test
    @Order(5)
    void theIntakeRefusesAMissingOrWrongTokenAndNothingItRefusedEntersTheLog() throws Exception {
        String body = """
                {"event": "INTAKE_PROBE", "message": {"volume": "%s"}, "nodeid": "test", "ts": 1}""".formatted(VOLUME);
        long before = last(admin);
        String probes = "/v1/events?event=INTAKE_PROBE&after=" + before;
        var missing = intake(null, body);
        var wrong = intake("Bearer not-the-token", body);
        assertEquals(401, missing.status(), missing::toString);
        assertEquals(401, wrong.status(), wrong::toString);
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        Thread.sleep(1000);
        assertTrue(events(admin, probes).isEmpty(), "nothing refused entered the log");
        String token = Files.readString(Deployments.stateDir(EventsIT.class).resolve("events-intake.token")).strip();
        assertEquals(400, intake("Bearer " + token, "{\"event\": \"lower case\"}").status());
        assertEquals(200, intake("Bearer " + token, body).status(), "glustereventsd logs anything but 200 as a failed push");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events(admin, probes).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, events(admin, probes).size(), "the right token gets in");
    }

    @Test
    @Order(6)
    void aMonitorSeesNoEventAboutUsersWhileASecurityAdminDoes() throws Exception {
        admin.post("/rest/v1/rmuser/itevnew");
        long before = last(admin);
        var made = admin.post("/rest/v1/mkuser", """
                {"name": "itevnew", "usergrp": "Monitor", "password": "Passw0rd-long-enough"}""");
        assertEquals(200, made.status(), made::toString);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String changes = "/v1/events?event=GATEWAY_USER_CHANGED&after=" + before;
        while (events(admin, changes).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<JsonObject> seen = events(admin, changes);
        assertFalse(seen.isEmpty(), "the SecurityAdmin sees the user change");
        assertFalse(seen.get(0).toString().contains("Passw0rd"), "no argument of the command is told");
        assertTrue(events(monitor, "/v1/events?event=GATEWAY_*").stream()
                .noneMatch(e -> e.getString("event").equals("GATEWAY_USER_CHANGED")), "the Monitor does not");
        admin.post("/rest/v1/rmuser/itevnew");
    }

    @Test
    @Order(2)
    void theSeventeenthStreamOnANodeIsRefusedWith429() throws Exception {
        List<EventStreamClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                EventStreamClient stream = monitor.stream("/v1/events", null);
                open.add(stream);
                assertEquals(200, stream.status(), "stream " + (i + 1));
            }
            EventStreamClient refused = monitor.stream("/v1/events", null);
            open.add(refused);
            assertEquals(429, refused.status());
            assertTrue(refused.body().contains("event-streams"));
            assertEquals(200, monitor.get("/v1/jobs").status(), "the streams hold no request slot");
        } finally {
            open.forEach(EventStreamClient::close);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status = 429;
        while (status == 429 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            try (EventStreamClient again = monitor.stream("/v1/events", null)) {
                status = again.status();
            }
        }
        assertEquals(200, status, "the heartbeat finds the clients that left and frees their streams");
    }

    @Test
    @Order(7)
    void badFiltersAndCursorsAreRefusedWithAProblem() {
        for (String query : List.of("event=volume_set", "event=A**", "volume=../x", "after=-1", "after=1e3",
                "limit=0", "limit=5000")) {
            var answer = admin.get("/v1/events?" + query);
            assertEquals(400, answer.status(), query + ": " + answer);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), query);
        }
    }

    private Gateway.Answer intake(String authorization, String body) {
        HttpRequest.Builder request = new Gateway(deployed).request("/events/intake")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return admin.send(request);
    }

    private static List<JsonObject> events(Gateway gateway, String path) {
        var page = gateway.get(path + (path.contains("?") ? "&" : "?") + "limit=1000");
        assertEquals(200, page.status(), page::toString);
        return page.object().getJsonArray("events").stream().map(JsonValue::asJsonObject).toList();
    }

    private static long last(Gateway gateway) {
        var page = gateway.get("/v1/events?limit=1000");
        long next = page.object().getJsonNumber("next").longValue();
        while (true) {
            var more = gateway.get("/v1/events?limit=1000&after=" + next).object();
            if (more.getJsonArray("events").isEmpty()) {
                return next;
            }
            next = more.getJsonNumber("next").longValue();
        }
    }

    private static void gluster(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("gluster", "--mode=script"));
        argv.addAll(List.of(args));
        if (args[0].equals("volume") && args[1].equals("delete")) {
            new ProcessBuilder("gluster", "--mode=script", "volume", "stop", VOLUME, "force").inheritIO().start()
                    .waitFor(60, TimeUnit.SECONDS);
        }
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", argv) + " hung");
        }
    }
}
