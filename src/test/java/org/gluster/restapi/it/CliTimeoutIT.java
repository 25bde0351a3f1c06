package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CLI that never answers (src/test/scripts/hanging-gluster) with a 2 s timeout and a 1 s lock
 * wait: the request gets 504, the process is killed, a request queued behind it (sent once the hung
 * CLI's pid shows the first request holds the CLI lock) gets 429, and the gateway keeps serving.
 */
@ExtendWith(ArquillianExtension.class)
class CliTimeoutIT {

    static final Path PIDS = Path.of(System.getProperty("glusterrest.test.pids", "target/hanging-cli.pids"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CliTimeoutIT.class, """
                glusterrest.gluster.command=%s
                glusterrest.gluster.timeout=2
                glusterrest.cli.lock-wait=1
                """.formatted(Path.of(System.getProperty("glusterrest.test.scripts", "src/test/scripts"),
                "hanging-gluster").toAbsolutePath()));
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() throws IOException {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(CliTimeoutIT.class), "itadmin",
                Roles.ADMINISTRATOR);
        Files.deleteIfExists(PIDS);
    }

    @Test
    void aHangingCliIsKilledAndAnswered504() throws IOException {
        long began = System.nanoTime();
        var answer = gateway.get("/v1/volumes");
        double seconds = (System.nanoTime() - began) / 1e9;

        assertEquals(504, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"));
        assertTrue(seconds >= 2 && seconds < 10, "answered after the 2 s timeout, took " + seconds);
        List<String> pids = Files.readAllLines(PIDS);
        assertEquals(1, pids.size(), "one CLI ran");
        long pid = Long.parseLong(pids.get(0).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the CLI was killed");

        var again = gateway.get("/v1/peers");
        assertEquals(504, again.status(), "the gateway keeps serving after a timeout: " + again);
    }

    @Test
    void aRequestThatWaitsTooLongForTheCliGets429() throws Exception {
        CompletableFuture<Gateway.Answer> first = CompletableFuture.supplyAsync(() -> gateway.get("/v1/volumes"));
        awaitHungCli(first);
        var queued = gateway.post("/v1/volumes/gv0/start");
        assertEquals(429, queued.status(), queued::toString);
        assertNotNull(queued.header("Retry-After"));
        assertTrue(queued.object().getString("detail").contains("cli-concurrency"), queued::toString);
        assertEquals(504, first.get().status());
    }

    /** Waits (bounded) until the first request's CLI is running: from then on that request holds the CLI lock. */
    private static void awaitHungCli(CompletableFuture<Gateway.Answer> first) throws IOException, InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (Files.exists(PIDS)) {
                List<String> pids = Files.readAllLines(PIDS);
                if (!pids.isEmpty() && !pids.get(0).isBlank()) {
                    long pid = Long.parseLong(pids.get(0).strip());
                    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                            "the hung CLI " + pid + " is still running, so the first request holds the lock");
                    return;
                }
            }
            assertFalse(first.isDone(), () -> "the first request ended before its CLI ran: " + first.join());
            Thread.sleep(10);
        }
        fail("the hung CLI did not start within 5 s (no pid in " + PIDS + ")");
    }
}
