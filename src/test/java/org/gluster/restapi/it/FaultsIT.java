package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults of the real glusterd, with a 3 s CLI timeout: a glusterd that stops answering (SIGSTOP) costs
 * a request no more than the timeout and a clear 504, and the gateway serves again as soon as it
 * continues; a glusterd restarted while a volume starts leaves an answer that the volume agrees with.
 * The same deployment takes the generated hostile input first ({@link HostileInput}), so that it costs
 * no Payara start of its own. Each figure is printed for RELIABILITY.md.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    static final long TIMEOUT_SECONDS = 3;
    static final int WORKERS = 2;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(FaultsIT.class, "glusterrest.gluster.timeout=" + TIMEOUT_SECONDS + "\n"
                + "glusterrest.http.workers=" + WORKERS + "\n");
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(FaultsIT.class), "itfaults",
                Roles.ADMINISTRATOR).withHeader("Cache-Control", "no-cache");
    }

    static void signal(String signal) throws Exception {
        String pid = Files.readString(Path.of("/run/glusterd.pid")).strip();
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, pid).start().waitFor(), "kill -" + signal + " " + pid);
    }

    /** Shrunk by HostileInput's runs: each was refused by the container, with an empty body or an HTML page. */
    @Test
    @Order(1)
    void refusalsTheContainerMakesAreProblemsNamingWhatWasWrong() {
        for (String path : new String[]{"/v1/volumes/%00", "/rest/v1/volume-info/a%00b", "/v1/volumes/a%5Cb",
                "/rest/v1/volume-info/%C0%AF", "/rest/v1/%2e%2e/%2e%2e/%2e%2e/x",
                "/v1/volumes/..%2E%2E/%2E%2E/%2e%2e", "/v1/volumes/..../..%2F..", "/rest/.../.../x",
                "/rest/v1/volume-info/..%2e%2e;jsessionid=x", "/rest/v1/volume-info/;;jsessionid=x%00",
                "/v1/volumes/;;jsessionid=.%C0%AF"}) {
            var answer = gateway.get(path);
            assertEquals(400, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type") != null && answer.header("Content-Type")
                    .startsWith("application/problem+json"), () -> answer + "; raw: " + raw("GET " + path
                    + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            assertEquals(400, answer.object().getInt("status"), answer::toString);
            assertTrue(answer.object().getString("detail").startsWith("the path "), answer::toString);
        }
        for (String[] request : new String[][]{{"DELETE", "/v1/volumes/%00"}, {"POST", "/v1/volumes/%00/start"},
                {"DELETE", "/v1/volumes/gv-none"}}) {
            var withBody = gateway.send(request[0], request[1], "application/json", "[]");
            assertTrue(withBody.status() == 400 && withBody.header("Content-Type") != null
                    && withBody.header("Content-Type").startsWith("application/problem+json"),
                    () -> String.join(" ", request) + " with a body: " + withBody + "; raw: " + raw(request[0] + " "
                            + request[1] + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 2\r\nConnection: close\r\n\r\n[]"));
        }
        assertTrue(gateway.send("DELETE", "/v1/volumes/gv-none", "application/json", "[]").object().getString("detail")
                .startsWith("a DELETE request takes no body"));
        var doubled = gateway.send("POST", "/rest/v1/lsuser", "application/json, application/json", "{}");
        assertEquals(400, doubled.status(), doubled::toString);
        assertTrue(doubled.header("Content-Type").startsWith("application/problem+json"), doubled::toString);
        assertTrue(doubled.object().getString("detail").contains("Content-Type"), doubled::toString);
        assertEquals(200, gateway.get("/v1/volumes").status(), "a plain request is served as before");
    }

    /** One request written as it is on a socket of its own, and everything the gateway answered. */
    private String raw(String request) {
        try (java.net.Socket socket = new java.net.Socket(deployed.getHost(), deployed.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    @Order(2)
    void generatedHostileRequestsAreRefusedAsProblemsWithoutA5xxOrACliRun() {
        HostileInput.run(deployed, Deployments.stateDir(FaultsIT.class));
    }

    @Test
    @Order(3)
    void aStoppedGlusterdCostsARequestTheCliTimeoutAndA504AndAContinuedOneServesAtOnce() throws Exception {
        assertEquals(200, gateway.get("/v1/volumes").status());
        long stopped;
        Gateway.Answer answer;
        signal("STOP");
        try {
            stopped = System.nanoTime();
            answer = gateway.get("/v1/volumes");
        } finally {
            signal("CONT");
        }
        double seconds = (System.nanoTime() - stopped) / 1e9;
        assertEquals(504, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        assertTrue(seconds < TIMEOUT_SECONDS + 2, "answered after " + seconds + " s");
        long continued = System.nanoTime();
        int status = 0;
        while (status != 200 && System.nanoTime() - continued < TimeUnit.SECONDS.toNanos(30)) {
            status = gateway.get("/v1/volumes").status();
        }
        assertEquals(200, status, "served again once glusterd continued");
        System.out.printf("FaultsIT: glusterd stopped (SIGSTOP): 504 after %.1f s (CLI timeout %d s); after SIGCONT the"
                + " next 200 came %.0f ms later%n", seconds, TIMEOUT_SECONDS, (System.nanoTime() - continued) / 1e6);
    }

    @Test
    @Order(4)
    void aVolumeStartDuringAGlusterdRestartIsAnsweredInTimeAndTheVolumeAgreesWithTheAnswer() throws Exception {
        String name = "itrestart" + Long.toString(System.nanoTime() % 1_000_000, 36);
        var created = gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s", "%s", "%s"], "force": true}""".formatted(name,
                LocalGlusterd.brick(name, "r1"), LocalGlusterd.brick(name, "r2"), LocalGlusterd.brick(name, "r3")));
        assertEquals(201, created.status(), created::toString);
        try {
            long normal = System.nanoTime();
            gateway.post("/v1/volumes/" + name + "/start", "{\"force\": false}");
            long normalMillis = Math.min(3000, (System.nanoTime() - normal) / 1_000_000);
            assertEquals("Started", statusOf(name), "the volume starts (on a busy machine after the 3 s CLI timeout)");
            gateway.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
            assertEquals("Stopped", statusOf(name));

            long sent = System.nanoTime();
            CompletableFuture<Gateway.Answer> start = CompletableFuture.supplyAsync(
                    () -> gateway.post("/v1/volumes/" + name + "/start", "{\"force\": false}"));
            Thread.sleep(normalMillis / 2);
            LocalGlusterd.stopDaemon();
            double killedAfter = (System.nanoTime() - sent) / 1e9;
            LocalGlusterd.startDaemon();
            Gateway.Answer answer = start.get(TIMEOUT_SECONDS + 60, TimeUnit.SECONDS);
            double answeredAfter = (System.nanoTime() - sent) / 1e9;

            String status = statusOf(name);
            System.out.printf("FaultsIT: glusterd stopped %.2f s after a volume start was sent (a start takes %d ms) and"
                    + " started again: the start answered %d after %.1f s (CLI timeout %d s); the volume is %s"
                    + " afterwards: %s%n", killedAfter, normalMillis, answer.status(), answeredAfter, TIMEOUT_SECONDS,
                    status, answer.body());
            assertTrue(answeredAfter < TIMEOUT_SECONDS + 15, "answered after " + answeredAfter + " s, no hang");
            if (answer.status() == 200) {
                assertEquals("Started", status, "a start answered 200 left the volume started");
            } else {
                assertTrue(answer.status() >= 400, answer::toString);
                assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
                assertTrue(List.of("Started", "Stopped", "Created").contains(status), status);
                if (status.equals("Started")) {
                    assertTrue(answer.body().contains("took effect is unknown")
                            || answer.body().contains("succeeded, but reading the volume afterwards failed"),
                            "a failed start that did take effect says so, or that its outcome is unknown: " + answer);
                }
            }
        } finally {
            LocalGlusterd.removeVolume(name);
        }
    }

    /**
     * With two request threads at work, four requests waiting for a stopped glusterd's CLI (one running it until its
     * 3 s timeout, three waiting for their turn) leave the gateway answering others at once: a waiting request's
     * thread is replaced while it waits. Were it not, the metrics and the key set would wait in line behind the four
     * until at least two of them had timed out.
     */
    @Test
    @Order(5)
    void requestsWaitingForTheCliLeaveTheOthersThreadsToBeServedAtOnce() throws Exception {
        assertEquals(200, gateway.get("/v1/volumes").status());
        int waiting = 2 * WORKERS;
        ExecutorService clients = Executors.newFixedThreadPool(waiting);
        List<CompletableFuture<Gateway.Answer>> answers;
        Gateway.Answer keys;
        long done;
        signal("STOP");
        try {
            answers = IntStream.range(0, waiting).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> gateway.get("/v1/volumes"), clients)).toList();
            while (Metrics.value(gateway, "glusterrest_cli_running") < 1) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            keys = gateway.get("/.well-known/jwks.json");
            done = answers.stream().filter(CompletableFuture::isDone).count();
        } finally {
            signal("CONT");
            clients.shutdown();
        }
        assertEquals(200, keys.status(), keys::toString);
        assertTrue(done <= 1, done + " of the " + waiting + " requests waiting for the CLI were answered before the key"
                + " set: the others waited for their threads");
        for (var answer : answers) {
            int status = answer.get(TIMEOUT_SECONDS * waiting + 60, TimeUnit.SECONDS).status();
            assertTrue(status == 200 || status == 504, "a waiting request is served or times out: " + status);
        }
        assertTrue(clients.awaitTermination(10, TimeUnit.SECONDS));
    }

    /**
     * Requests whose bodies never come (headers sent, then one byte of the promised 100) leave the others their
     * threads: with two at work, four such requests do not keep the key set from being answered while each of
     * them is still waiting for its body.
     */
    @Test
    @Order(6)
    void requestsWhoseBodiesTrickleInLeaveTheOthersThreadsToBeServed() throws Exception {
        String password = Users.create(Deployments.stateDir(FaultsIT.class), "itslow", Roles.ADMINISTRATOR);
        String token = new Gateway(deployed).auth("itslow", password).object().getString("token");
        List<Socket> slow = new ArrayList<>();
        try {
            keySetAnsweredBeside(slow, 2 * WORKERS, 0, "POST /v1/volumes HTTP/1.1\r\nHost: localhost\r\nX-Auth-Token: "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
            for (Socket socket : slow) {
                socket.setSoTimeout(200);
                assertThrows(SocketTimeoutException.class, () -> socket.getInputStream().read(),
                        "a request whose body has not come is still waiting for it, unanswered");
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    @Order(7)
    void clientsThatDoNotReadALargeAnswerLeaveTheOthersThreadsToBeServed() throws Exception {
        String bundle = "/rest/explorer/swagger-ui-bundle.js";
        long size = new Gateway(deployed).get(bundle).body().length();
        assertTrue(size > 1_000_000, "the explorer's largest asset: " + size);
        List<Socket> slow = new ArrayList<>();
        try {
            keySetAnsweredBeside(slow, 4 * WORKERS, 1024, "GET " + bundle + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            for (Socket socket : slow) {
                socket.setSoTimeout(10_000);
                long read = 0;
                byte[] buffer = new byte[65536];
                for (int n; read <= size && (n = socket.getInputStream().read(buffer)) > 0; ) {
                    read += n;
                }
                assertTrue(read > size, "the whole answer was still to come after the key set: " + read);
            }
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /**
     * Opens {@code count} connections into {@code opened} (with a receive buffer of {@code receiveBuffer} bytes, or the
     * system's for 0), each sending {@code request} and nothing more, then asks for the key set a second later.
     */
    private void keySetAnsweredBeside(List<Socket> opened, int count, int receiveBuffer, String request)
            throws Exception {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket();
            opened.add(socket);
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new java.net.InetSocketAddress(deployed.getHost(), deployed.getPort()));
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }
        Thread.sleep(1000);
        var keys = new Gateway(deployed).get("/.well-known/jwks.json");
        assertEquals(200, keys.status(), keys::toString);
    }

    /** The volume's status once glusterd answers and any change in flight has settled (up to 30 s). */
    private String statusOf(String volume) throws InterruptedException {
        String status = "";
        long began = System.nanoTime();
        while (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(30)) {
            var answer = gateway.get("/v1/volumes/" + volume);
            if (answer.status() == 200) {
                String now = answer.object().getString("status");
                if (now.equals(status)) {
                    return now;
                }
                status = now;
            }
            Thread.sleep(500);
        }
        return status;
    }
}
