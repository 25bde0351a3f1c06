package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.state.StateLocation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bounded soak with the Storage Virtualize limits at their defaults: 4 clients, for
 * {@code glusterrest.soak.seconds} (120 in CI; 600 for the full soak), mixed reads and writes over both
 * surfaces and both token kinds. Only 2xx and 429 with Retry-After come back; no one-second window
 * admits more command requests than the limit (+1 for a window edge); a refused client waits 50 ms
 * before its next request (not the whole Retry-After, so that the limits stay busy); the gateway's RSS, threads and
 * open files grow less than 10 % from the end of the warm-up to the end (read from /proc).
 */
@ExtendWith(ArquillianExtension.class)
class SoakIT {

    static final String VOLUME = "itsoak";
    static final long SECONDS = Long.getLong("glusterrest.soak.seconds", 120);
    static final int COMMANDS_PER_SECOND = 10;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(SoakIT.class, """
                glusterrest.limit.connections=4
                glusterrest.limit.auth-per-second=3
                glusterrest.limit.commands-per-second=%d
                """.formatted(COMMANDS_PER_SECOND));
    }

    @ArquillianResource
    URL deployed;

    @AfterAll
    static void removeVolume() throws Exception {
        new ProcessBuilder("gluster", "--mode=script", "volume", "delete", VOLUME).start().waitFor(60, TimeUnit.SECONDS);
    }

    @Test
    void fourClientsMixingBothSurfacesAndTokenKindsGetOnly2xxOr429WithinTheLimitsAndTheGatewayStaysFlat()
            throws Exception {
        Gateway session = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(SoakIT.class), "itsoak",
                Roles.ADMINISTRATOR);
        new AppStore(StateLocation.fixed(Deployments.stateDir(SoakIT.class), Runnable::run))
                .put(new App("soakapp", "soak-secret-0123456789", Roles.ADMINISTRATOR));
        Gateway anonymous = new Gateway(deployed);
        var created = retry(() -> session.post("/v1/volumes", """
                {"name": "%s", "bricks": ["%s"], "force": true}""".formatted(VOLUME, LocalGlusterd.brick(VOLUME, "b1"))));
        assertTrue(created.status() == 201 || created.status() == 409, created::toString);
        long pid = gatewayPid();

        ConcurrentMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        ConcurrentMap<Long, AtomicLong> admittedPerSecond = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(SECONDS);
        long warm = start + TimeUnit.SECONDS.toNanos(Math.min(20, SECONDS / 4));
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        long sent = System.nanoTime();
                        Gateway.Answer answer = switch ((int) ((i + client) % 5)) {
                            case 0 -> session.get("/v1/volumes");
                            case 1 -> session.post("/rest/v1/volume-info/" + VOLUME, "null");
                            case 2 -> anonymous.withHeader("Authorization", "Bearer "
                                    + Jwts.app("soakapp", "soak-secret-0123456789", "GET\n/v1/peers")).get("/v1/peers");
                            case 3 -> session.post("/v1/volumes/" + VOLUME + "/options",
                                    "{\"options\": {\"user.soak\": \"c" + client + "i" + i + "\"}}");
                            default -> session.post("/rest/v1/lsuser", "null");
                        };
                        int status = answer.status();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status == 429 && answer.header("Retry-After") == null
                                || status != 429 && (status < 200 || status > 299)) {
                            unexpected.add(status + " " + answer.body());
                        }
                        if (status == 429) {
                            Thread.sleep(50);
                        } else {
                            admittedPerSecond.computeIfAbsent((sent - start) / 1_000_000_000L,
                                    s -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            boolean warmSampled = false;
            while (System.nanoTime() < end) {
                Thread.sleep(1000);
                if (!warmSampled && System.nanoTime() > warm) {
                    samples.add(sample(pid));
                    warmSampled = true;
                }
            }
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS);
            }
            samples.add(sample(pid));
        } finally {
            clients.shutdownNow();
        }
        long[] first = samples.get(0);
        long[] last = samples.get(samples.size() - 1);
        System.out.printf("SoakIT: %d s, 4 clients: answers %s; RSS %d -> %d kB, threads %d -> %d, open files %d -> %d;"
                + " most admitted in one second %d (limit %d)%n", SECONDS, new TreeMap<>(statuses), first[0], last[0],
                first[1], last[1], first[2], last[2],
                admittedPerSecond.values().stream().mapToLong(AtomicLong::get).max().orElse(0), COMMANDS_PER_SECOND);
        assertTrue(unexpected.isEmpty(), "only 2xx and 429 with Retry-After: " + unexpected.subList(0,
                Math.min(5, unexpected.size())));
        assertTrue(statuses.getOrDefault(200, new AtomicLong()).get() > 0);
        assertTrue(admittedPerSecond.values().stream().allMatch(n -> n.get() <= COMMANDS_PER_SECOND + 1),
                "no second admits more than the limit + 1: " + new TreeMap<>(admittedPerSecond));
        String[] names = {"RSS", "threads", "open files"};
        for (int k = 0; k < 3; k++) {
            assertTrue(last[k] < first[k] * 1.10 + (k == 0 ? 0 : 3), names[k] + " grew from " + first[k] + " to " + last[k]);
        }
    }

    private static Gateway.Answer retry(java.util.function.Supplier<Gateway.Answer> request) throws InterruptedException {
        Gateway.Answer answer = request.get();
        for (int i = 0; i < 20 && answer.status() == 429; i++) {
            Thread.sleep(200);
            answer = request.get();
        }
        return answer;
    }

    /** The pid of the Payara Micro this test talks to: the java that listens on the deployed port. */
    private long gatewayPid() throws IOException, InterruptedException {
        Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + deployed.getPort()).start();
        String out = new String(ss.getInputStream().readAllBytes());
        ss.waitFor(10, TimeUnit.SECONDS);
        var m = java.util.regex.Pattern.compile("pid=(\\d+)").matcher(out);
        assertTrue(m.find(), "the gateway's pid from ss: " + out);
        return Long.parseLong(m.group(1));
    }

    /** RSS in kB, threads, open file descriptors. */
    private static long[] sample(long pid) throws IOException {
        Map<String, String> status = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                status.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        long fds;
        try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds = list.count();
        }
        return new long[]{Long.parseLong(status.get("VmRSS").split(" ")[0]), Long.parseLong(status.get("Threads")), fds};
    }
}
