package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The façade against the real glusterd: one CLI at a time, a change before reads, and 503 while glusterd is down. */
@ExtendWith(ArquillianExtension.class)
class CommandFacadeIT {

    private static final Pattern CLI_DURATION = Pattern.compile("cli;dur=([0-9.]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CommandFacadeIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(CommandFacadeIT.class), "itadmin",
                Roles.ADMINISTRATOR);
    }

    @Test
    void twoConcurrentMutationsRunOneAfterTheOther() throws Exception {
        List<String> names = List.of("itconc1", "itconc2");
        for (String name : names) {
            removeIfPresent(name);
            var created = gateway.post("/v1/volumes", """
                    {"name": "%s", "bricks": ["%s", "%s", "%s"], "replica": 3, "force": true}"""
                    .formatted(name, LocalGlusterd.brick(name, "a"), LocalGlusterd.brick(name, "b"),
                            LocalGlusterd.brick(name, "c")));
            assertEquals(201, created.status(), created::toString);
        }
        double startsBefore = Metrics.counter(gateway, START_RUNS, "command=\"volume start\"");
        double waitedBefore = Metrics.value(gateway, LOCK_WAIT_SECONDS);
        CountDownLatch go = new CountDownLatch(1);
        long began = System.nanoTime();
        List<CompletableFuture<Gateway.Answer>> starts = names.stream()
                .map(name -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return gateway.post("/v1/volumes/" + name + "/start");
                })).toList();
        go.countDown();
        double cliMillis = 0;
        double shortest = Double.MAX_VALUE;
        for (CompletableFuture<Gateway.Answer> start : starts) {
            Gateway.Answer answer = start.get();
            assertEquals(200, answer.status(), answer::toString);
            cliMillis += cliMillis(answer);
            shortest = Math.min(shortest, cliMillis(answer));
        }
        double wallMillis = (System.nanoTime() - began) / 1e6;

        assertTrue(wallMillis >= cliMillis * 0.95, "the CLI runs of both requests (" + cliMillis
                + " ms) fit in the wall time (" + wallMillis + " ms) only one after the other");
        assertEquals(1.0, Metrics.value(gateway, "glusterrest_cli_running_max"), "never two CLIs at once");
        assertEquals(2, Metrics.counter(gateway, START_RUNS, "command=\"volume start\"") - startsBefore);
        double waited = Metrics.value(gateway, LOCK_WAIT_SECONDS) - waitedBefore;
        assertTrue(waited * 1000 >= shortest * 0.9, "the second start waited for the first: " + waited * 1000
                + " ms of lock wait, CLI runs of at least " + shortest + " ms");
        names.forEach(this::removeIfPresent);
    }

    @Test
    void aChangeStopsAReadWhoseCliHasNotAskedGlusterdYetAndThatReadAnswersAfterTheChange() throws Exception {
        String name = "itstop";
        removeIfPresent(name);
        assertEquals(201, gateway.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true, "options": {"user.probe": "v0"}}"""
                .formatted(name, LocalGlusterd.brick(name, "a"))).status());
        Gateway fresh = gateway.withHeader("Cache-Control", "no-cache");
        int stoppedReads = 0;
        for (int i = 1; i <= 20 && stoppedReads < 3; i++) {
            double stoppedBefore = Metrics.value(gateway, STOPPED);
            CompletableFuture<Gateway.Answer> read = CompletableFuture.supplyAsync(
                    () -> fresh.get("/v1/volumes/" + name + "/options/user.probe"));
            Thread.sleep(40);
            Gateway.Answer set = gateway.post("/v1/volumes/" + name + "/options",
                    "{\"options\": {\"user.probe\": \"v" + i + "\"}}");
            assertEquals(204, set.status(), set::toString);
            Gateway.Answer answer = read.get(60, TimeUnit.SECONDS);
            assertEquals(200, answer.status(), answer::toString);
            if (Metrics.value(gateway, STOPPED) > stoppedBefore) {
                stoppedReads++;
                assertEquals("v" + i, answer.object().getString("value"),
                        "the stopped read ran again after the change and saw it: " + answer);
            }
        }
        assertTrue(stoppedReads > 0, "a change that came 40 ms after a read stopped the read's CLI in 20 tries");
        assertEquals(1.0, Metrics.value(gateway, "glusterrest_cli_running_max"), "never two CLIs at once");
        removeIfPresent(name);
    }

    @Test
    void glusterdDownIs503AndTheGatewayRecoversWhenItReturns() {
        assertEquals(200, gateway.get("/v1/volumes").status());
        assertEquals(200, gateway.get("/health/ready").status());
        LocalGlusterd.stopDaemon();
        try {
            var notReady = gateway.get("/health/ready");
            assertEquals(503, notReady.status(), notReady::toString);
            assertTrue(notReady.body().contains("glusterd does not accept connections"), notReady::toString);
            var down = gateway.get("/v1/volumes");
            long deadline = System.nanoTime() + 1_000_000_000L;
            while (down.status() == 200 && System.nanoTime() < deadline) {
                down = gateway.get("/v1/volumes");
            }
            assertEquals(503, down.status(), "a cached read is served while glusterd answered within the last"
                    + " 200 ms, not after: " + down);
            assertNotNull(down.header("Retry-After"));
            assertTrue(down.object().getString("detail").contains("gluster daemon"), down::toString);
            assertEquals(503, gateway.get("/v1/peers").status());
        } finally {
            LocalGlusterd.startDaemon();
        }
        var back = gateway.get("/v1/volumes");
        assertEquals(200, back.status(), back::toString);
        assertEquals(200, gateway.get("/health/ready").status(), "ready again");
    }

    @Test
    void everySecondsSeriesOfACliReadIsInSeconds() throws Exception {
        assertEquals(200, gateway.get("/v1/volumes").status());

        List<Metrics.Sample> samples = Metrics.parsed(gateway);

        Set<String> families = samples.stream().map(Metrics.Sample::family).collect(Collectors.toSet());
        assertTrue(families.containsAll(GLUSTERREST_FAMILIES), "missing " + GLUSTERREST_FAMILIES.stream()
                .filter(f -> !families.contains(f)).toList() + " among " + families);
        List<Metrics.Sample> perRun = samples.stream()
                .filter(s -> s.name().startsWith("glusterrest_cli_lock_wait_seconds")
                        || s.name().startsWith("glusterrest_cli_duration_seconds")
                        && "volume info".equals(s.labels().get("command")))
                .filter(s -> !s.name().endsWith("_count")).toList();
        assertTrue(perRun.stream().anyMatch(s -> s.name().startsWith("glusterrest_cli_duration_seconds")), "" + perRun);
        for (Metrics.Sample sample : perRun) {
            double seconds = sample.name().endsWith("_sum") ? sample.value() / count(samples, sample) : sample.value();
            assertTrue(seconds >= 0 && seconds < 10, "seconds of sub-second runs: " + sample);
            if (sample.name().startsWith("glusterrest_cli_duration_seconds")) {
                assertTrue(seconds > 0, "a CLI run takes time: " + sample);
            }
        }
        double inCli = samples.stream().filter(s -> s.name().equals("glusterrest_cli_time_seconds"))
                .mapToDouble(Metrics.Sample::value).sum();
        double summed = samples.stream().filter(s -> s.name().equals("glusterrest_cli_duration_seconds_sum"))
                .mapToDouble(Metrics.Sample::value).sum();
        assertTrue(inCli > 0 && Math.abs(inCli - summed) < 1e-6, "time in the CLI " + inCli
                + " s is the sum of the runs' durations " + summed + " s");
    }

    private static final Set<String> GLUSTERREST_FAMILIES = Set.of("glusterrest_requests",
            "glusterrest_cli_duration_seconds", "glusterrest_cli_lock_wait_seconds", "glusterrest_cli_runs",
            "glusterrest_cli_running", "glusterrest_cli_running_max", "glusterrest_cli_time_seconds");

    private static double count(List<Metrics.Sample> samples, Metrics.Sample sum) {
        String name = sum.name().replaceFirst("_sum$", "_count");
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(sum.labels()))
                .mapToDouble(Metrics.Sample::value).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " beside " + sum));
    }

    static final String STOPPED = "glusterrest_cli_stopped";
    static final String START_RUNS = "glusterrest_cli_duration_seconds_count";
    static final String LOCK_WAIT_SECONDS = "glusterrest_cli_lock_wait_seconds_sum";

    private static double cliMillis(Gateway.Answer answer) {
        String timing = answer.header("Server-Timing");
        assertNotNull(timing, "Server-Timing tells the CLI time");
        Matcher m = CLI_DURATION.matcher(timing);
        assertTrue(m.find(), timing);
        return Double.parseDouble(m.group(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeIfPresent(String name) {
        if (gateway.get("/v1/volumes/" + name).status() == 200) {
            gateway.post("/v1/volumes/" + name + "/stop", "{\"force\": true}");
            assertEquals(204, gateway.delete("/v1/volumes/" + name).status());
        }
    }
}
