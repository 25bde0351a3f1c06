package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.gluster.restapi.events.control.EventSeeds;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.jobs.control.Gateways;
import org.gluster.restapi.jobs.control.NodeJobs;
import org.gluster.restapi.jobs.control.StoredJob;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Idempotency-Key on the real WAR and glusterd (one CLI create for two requests, 409 while the first
 * runs, 422 for another body, the same job for a retried async start), and paging, filters and
 * filtervalue over 300 volumes made with the gluster CLI directly (fast: no gateway, no start but three).
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyPagingIT {

    static final int VOLUMES = 300;
    static final int JOBS = 200;
    static final int EVENTS = 3000;
    static final List<String> STARTED = List.of("pg007", "pg150", "pg299");
    static final List<String> MINE = List.of("idemseq", "idemcon", "idemasync", "idemother", "idembad");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(IdempotencyPagingIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway gateway;

    @BeforeAll
    static void manyVolumes() {
        for (String name : MINE) {
            gluster(false, "volume", "stop", name, "force");
            gluster(false, "volume", "delete", name);
        }
        for (int i = 0; i < VOLUMES; i++) {
            String name = name(i);
            if (!gluster(false, "volume", "create", name, LocalGlusterd.brick(name, "b"), "force")) {
                gluster(false, "volume", "stop", name, "force");
                gluster(false, "volume", "delete", name);
                gluster(true, "volume", "create", name, LocalGlusterd.brick(name, "b"), "force");
            }
        }
        STARTED.forEach(name -> gluster(true, "volume", "start", name, "force"));
    }

    @AfterAll
    static void removeThem() {
        List<String> all = new ArrayList<>(MINE);
        for (int i = 0; i < VOLUMES; i++) {
            all.add(name(i));
        }
        for (String name : all) {
            gluster(false, "volume", "stop", name, "force");
            gluster(false, "volume", "delete", name);
        }
    }

    @BeforeEach
    void connect() {
        gateway = Users.loggedIn(new Gateway(deployed), Deployments.stateDir(IdempotencyPagingIT.class), "itadmin",
                Roles.ADMINISTRATOR);
    }

    @Test
    void aRepeatedCreateRunsTheCliOnceAndGetsTheSame201() throws Exception {
        String body = create("idemseq");
        Gateway keyed = gateway.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        long before = Metrics.cliRuns(gateway);
        var first = keyed.post("/v1/volumes", body);
        assertEquals(201, first.status(), first::toString);
        long afterFirst = Metrics.cliRuns(gateway);
        var second = keyed.post("/v1/volumes", body);
        assertEquals(afterFirst, Metrics.cliRuns(gateway), "the repeat ran no CLI");
        assertTrue(afterFirst > before);
        assertEquals(201, second.status(), second::toString);
        assertEquals("true", second.header("Idempotent-Replayed"));
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(first.body(), second.body());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.header("Content-Type"), second.header("Content-Type"));
        assertEquals(1, gateway.get("/v1/volumes?name=idemseq").array().size(), "one volume");

        var other = keyed.post("/v1/volumes", create("idemother"));
        assertEquals(422, other.status(), other::toString);
        assertTrue(other.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, gateway.get("/v1/volumes/idemother").status(), "nothing ran");

        var badKey = gateway.withHeader("Idempotency-Key", "k".repeat(256)).post("/v1/volumes", create("idembad"));
        assertEquals(400, badKey.status(), badKey::toString);
        assertTrue(badKey.body().contains("Idempotency-Key"), badKey::toString);

        for (Charset charset : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8)) {
            String answer = gateway.rawPost("/v1/volumes", "Idempotency-Key: cl\u00e9".getBytes(charset), create("idemlatin"));
            assertTrue(answer.startsWith("HTTP/1.1 400"), charset + ": " + answer); // Grizzly's own, before the WAR
            assertEquals(404, gateway.get("/v1/volumes/idemlatin").status(), "nothing ran");
        }
    }

    @Test
    void aConcurrentRepeatIs409WithRetryAfter() throws Exception {
        String body = create("idemcon").replace("}", ", \"options\": {\"performance.cache-size\": \"64MB\"}}");
        Gateway keyed = gateway.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var one = CompletableFuture.supplyAsync(() -> keyed.post("/v1/volumes", body));
        var two = CompletableFuture.supplyAsync(() -> keyed.post("/v1/volumes", body));
        var answers = List.of(one.get(3, TimeUnit.MINUTES), two.get(3, TimeUnit.MINUTES));
        List<Integer> statuses = answers.stream().map(Gateway.Answer::status).sorted().toList();
        assertEquals(List.of(201, 409), statuses, answers::toString);
        var conflict = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertNotNull(conflict.header("Retry-After"), conflict::toString);
        var later = keyed.post("/v1/volumes", body);
        assertEquals(201, later.status(), later::toString);
        assertEquals("true", later.header("Idempotent-Replayed"));
    }

    @Test
    void aRetriedAsyncStartFindsTheSameJob() {
        assertEquals(201, gateway.post("/v1/volumes", create("idemasync")).status());
        Gateway keyed = gateway.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .withHeader("Prefer", "respond-async");
        var first = keyed.post("/v1/volumes/idemasync/start", "{\"force\": true}");
        assertEquals(202, first.status(), first::toString);
        var retried = keyed.post("/v1/volumes/idemasync/start", "{\"force\": true}");
        assertEquals(202, retried.status(), retried::toString);
        assertEquals(first.header("Location"), retried.header("Location"));
        assertEquals("respond-async", retried.header("Preference-Applied"));
        assertEquals(first.object().getString("id"), retried.object().getString("id"));
    }

    @Test
    void pagesOf50WalkEveryVolumeOnceByCursor() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String next = "/v1/volumes?name=pg*&limit=50";
        int pages = 0;
        while (next != null) {
            var page = gateway.get(next);
            assertEquals(200, page.status(), page::toString);
            assertEquals(String.valueOf(VOLUMES), page.header("X-Total-Count"));
            page.array().forEach(v -> order.add(v.asJsonObject().getString("name")));
            next = nextLink(page.header("Link"));
            pages++;
        }
        seen.addAll(order);
        assertEquals(6, pages);
        assertEquals(VOLUMES, order.size());
        assertEquals(VOLUMES, seen.size(), "each once");
        assertEquals(order.stream().sorted().toList(), order);

        var whole = gateway.get("/v1/volumes");
        assertEquals(String.valueOf(whole.array().size()), whole.header("X-Total-Count"));
        assertNull(whole.header("Link"));
        assertEquals(400, gateway.get("/v1/volumes?cursor=bm9wZQ").status());
        assertEquals(400, gateway.get("/v1/volumes?limit=0").status());
        assertTrue(gateway.get("/v1/volumes?status=Running").body().contains("status"));
    }

    @Test
    void filtersAndFields() {
        var gv1 = gateway.get("/v1/volumes?name=pg1*");
        assertEquals(100, gv1.array().size(), gv1::toString);
        assertTrue(gv1.array().stream().allMatch(v -> v.asJsonObject().getString("name").startsWith("pg1")));
        var started = gateway.get("/v1/volumes?name=pg*&status=Started");
        assertEquals(STARTED, started.array().stream().map(v -> v.asJsonObject().getString("name")).toList());
        var light = gateway.get("/v1/volumes?name=pg*&fields=name,status,type&limit=5");
        assertEquals(5, light.array().size());
        for (JsonValue v : light.array()) {
            assertFalse(v.asJsonObject().containsKey("bricks"), light::toString);
            assertFalse(v.asJsonObject().containsKey("options"), light::toString);
            assertEquals("Distribute", v.asJsonObject().getString("type"));
        }
        assertTrue(gateway.get("/v1/volumes?name=pg000").array().get(0).asJsonObject().containsKey("bricks"));
        var bricks = gateway.get("/v1/volumes/pg007/bricks?online=true&host=" + LocalGlusterd.hostname());
        assertEquals(200, bricks.status(), bricks::toString);
        assertEquals(1, bricks.array().size(), bricks::toString);
        assertEquals("1", bricks.header("X-Total-Count"));
        assertEquals(0, gateway.get("/v1/volumes/pg008/bricks?online=true").array().size());
        assertEquals(400, gateway.get("/v1/volumes/pg007/bricks?online=maybe").status());
    }

    @Test
    void restVolumeListAndInfoTakeFiltervalue() {
        var list = gateway.post("/rest/v1/volume-list", "{\"filtervalue\": \"name=pg1*\"}");
        assertEquals(200, list.status(), list::toString);
        JsonObject volList = list.object().getJsonObject("volList");
        assertEquals(100, volList.getJsonArray("volume").size(), list::toString);
        assertEquals("100", volList.getString("count"));
        var info = gateway.post("/rest/v1/volume-info/all", "{\"filtervalue\": \"statusStr=Started\", \"bytes\": true}");
        assertEquals(200, info.status(), info::toString);
        List<String> names = info.object().getJsonObject("volInfo").getJsonObject("volumes").getJsonArray("volume")
                .stream().map(v -> v.asJsonObject().getString("name")).filter(n -> n.startsWith("pg")).toList();
        assertEquals(STARTED, names);
        assertEquals(400, gateway.post("/rest/v1/volume-list", "{\"filtervalue\": \"name=a*b*\"}").status());
    }

    @Test
    void printsTheLatencyOfTheWholeListAndOnePage() {
        for (boolean noCache : new boolean[] {false, true}) {
            Gateway g = noCache ? gateway.withHeader("Cache-Control", "no-cache") : gateway;
            double whole = median(g, "/v1/volumes");
            double page = median(g, "/v1/volumes?limit=50");
            System.out.printf(Locale.ROOT, "LATENCY GET /v1/volumes (%d volumes) %s: whole %.1f ms, page of 50 %.1f ms%n",
                    gateway.get("/v1/volumes?limit=1").status() == 200
                            ? Integer.parseInt(gateway.get("/v1/volumes?limit=1").header("X-Total-Count")) : -1,
                    noCache ? "Cache-Control: no-cache" : "cached", whole, page);
        }
    }

    /**
     * 200 finished jobs of another node (glusterrest.jobs.max, the most the pool keeps), written to the pool
     * state as its gateway would, are walked by the Link of GET /v1/jobs, newest first; the whole list and
     * one page are timed.
     */
    @Test
    void theJobsListPagesNewestFirstByItsLinkAndPrintsItsLatency() {
        StateFiles files = StateLocation.fixed(Deployments.stateDir(IdempotencyPagingIT.class), Runnable::run).get();
        Instant t0 = Instant.now();
        List<StoredJob> jobs = IntStream.range(0, JOBS).mapToObj(i -> new StoredJob(Job.queued("itbench-"
                + UUID.randomUUID(), "itbench", "start volume " + name(i), t0.plusMillis(i)).running(t0.plusMillis(i))
                .succeeded(Map.of("name", name(i), "status", "Started"), t0.plusMillis(i + 5)), null, null)).toList();
        files.update("jobs-itbench.json", NodeJobs.class, () -> null, f -> new NodeJobs("itbench", jobs));
        files.update("jobs.gateways.json", Gateways.class, () -> new Gateways(Map.of()), g -> {
            Map<String, Instant> seen = new HashMap<>(g.seen());
            seen.put("itbench", Instant.now());
            return new Gateways(seen);
        });
        try {
            List<String> walked = walk("/v1/jobs?node=itbench&operation=start+volume&limit=50", "/v1/jobs", JOBS);
            assertEquals(IntStream.range(0, JOBS).mapToObj(i -> "start volume " + name(JOBS - 1 - i)).toList(),
                    walked.stream().map(id -> jobs.stream().filter(j -> j.job().id().equals(id)).findFirst()
                            .orElseThrow().job().operation()).toList(), "newest first, each once");
            var whole = gateway.get("/v1/jobs");
            assertTrue(Integer.parseInt(whole.header("X-Total-Count")) >= JOBS, whole::toString);
            assertEquals(400, gateway.get("/v1/jobs?limit=1001").status());
            System.out.printf(Locale.ROOT, "LATENCY GET /v1/jobs (%s jobs in the pool, cached state): whole %.1f ms, "
                    + "page of 20 %.1f ms%n", whole.header("X-Total-Count"), median(gateway, "/v1/jobs"),
                    median(gateway, "/v1/jobs?limit=20"));
        } finally {
            files.update("jobs-itbench.json", NodeJobs.class, () -> null, f -> new NodeJobs("itbench", List.of()));
        }
    }

    /** 3000 events of the log walked by the Link of GET /v1/events (which keeps after working), and timed. */
    @Test
    void theEventPagesFollowTheirLinkCountTheFilteredLogAndPrintTheirLatency() {
        String name = "IT_SEED_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        EventSeeds.append(Deployments.stateDir(IdempotencyPagingIT.class), name, EVENTS);
        List<String> walked = walk("/v1/events?event=" + name + "&limit=1000&after=0", "/v1/events", EVENTS);
        assertEquals(EVENTS, new HashSet<>(walked).size());
        var first = gateway.get("/v1/events?event=" + name + "&limit=10");
        long next = first.object().getJsonNumber("next").longValue();
        var after = gateway.get("/v1/events?event=" + name + "&limit=10&after=" + next);
        var cursor = gateway.get(nextLink(first.header("Link"), "/v1/events"));
        assertEquals(after.object().getJsonArray("events"), cursor.object().getJsonArray("events"),
                "after=next and the Link's cursor give the same page");
        assertEquals(400, gateway.get(nextLink(first.header("Link"), "/v1/events") + "&after=3").status());
        var whole = gateway.get("/v1/events?limit=1");
        System.out.printf(Locale.ROOT, "LATENCY GET /v1/events (%s events in the log, %d of them %s): a page of 1000 "
                        + "%.1f ms, of 50 %.1f ms; filtered to one name, of 1000 %.1f ms, of 50 %.1f ms%n",
                whole.header("X-Total-Count"), EVENTS, name, median(gateway, "/v1/events?limit=1000"),
                median(gateway, "/v1/events?limit=50"), median(gateway, "/v1/events?limit=1000&event=" + name),
                median(gateway, "/v1/events?limit=50&event=" + name));
    }

    /** Follows the Links from {@code start}: the ids of every item, after checking each page's X-Total-Count. */
    private List<String> walk(String start, String path, int total) {
        List<String> ids = new ArrayList<>();
        String next = start;
        while (next != null) {
            var page = gateway.get(next);
            assertEquals(200, page.status(), page::toString);
            assertEquals(String.valueOf(total), page.header("X-Total-Count"), page::toString);
            JsonValue body = page.body().startsWith("[") ? page.array() : page.object().getJsonArray("events");
            body.asJsonArray().forEach(item -> ids.add(item.asJsonObject().get("id").toString().replace("\"", "")));
            next = nextLink(page.header("Link"), path);
            assertTrue(next == null || !next.contains("after="), next);
        }
        return ids;
    }

    private static double median(Gateway g, String path) {
        g.get(path);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            assertEquals(200, g.get(path).status());
            ms.add((System.nanoTime() - start) / 1e6);
        }
        return ms.stream().sorted().toList().get(ms.size() / 2);
    }

    private static String nextLink(String link) {
        return nextLink(link, "/v1/volumes");
    }

    private static String nextLink(String link, String path) {
        if (link == null) {
            return null;
        }
        Matcher m = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"").matcher(link);
        assertTrue(m.find(), link);
        String uri = m.group(1);
        return uri.substring(uri.indexOf(path));
    }

    private static String create(String name) {
        return "{\"name\": \"%s\", \"bricks\": [\"%s\"], \"force\": true}".formatted(name, LocalGlusterd.brick(name, "b"));
    }

    static String name(int i) {
        return String.format("pg%03d", i);
    }

    private static boolean gluster(boolean mustSucceed, String... words) {
        List<String> argv = new ArrayList<>(List.of("gluster", "--mode=script"));
        argv.addAll(List.of(words));
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 && mustSucceed) {
                throw new AssertionError(argv + ": " + out);
            }
            return p.exitValue() == 0;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
