package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateLocation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits of the Storage Virtualize command-target conventions with their default values: 4 in
 * flight, 3/s to /auth, 10/s to commands. The sleeps of 1.1 s let a one-second window slide past
 * every earlier admission, which the gateway recorded before it answered.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

    static final Path STATE = Deployments.stateDir(LimitsIT.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(LimitsIT.class, """
                glusterrest.limit.connections=4
                glusterrest.limit.auth-per-second=3
                glusterrest.limit.commands-per-second=10
                """);
    }

    @ArquillianResource
    URL deployed;

    Gateway anonymous;
    Gateway security;

    @BeforeEach
    void connect() throws InterruptedException {
        new Settings(StateLocation.fixed(STATE, Runnable::run)).resetAll();
        Thread.sleep(1100);
        anonymous = new Gateway(deployed);
        security = Users.loggedIn(anonymous, STATE, "itlimits", Roles.SECURITY_ADMIN);
        Thread.sleep(1100);
    }

    @Test
    void aBurstOfCommandsSeesExactlyTheLimitPassPerSecondAndTheMetricsCountTheRefusals() {
        double refusedBefore = Metrics.counter(anonymous, REFUSED, "limit=\"command-rate\"");
        double answered429Before = Metrics.counter(anonymous, REQUESTS, "status=\"429\"");
        long began = System.nanoTime();
        List<Gateway.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answers.add(security.post("/rest/v1/lscurrentuser", ""));
        }
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        long admitted = answers.stream().filter(a -> a.status() == 200).count();
        assertTrue(admitted >= 10 && admitted <= 10 * (seconds + 1),
                admitted + " admitted in a burst of " + (seconds + 1) + " s (10 per second)");
        List<Gateway.Answer> refused = answers.stream().filter(a -> a.status() == 429).toList();
        assertEquals(40 - admitted, refused.size());
        for (Gateway.Answer answer : refused) {
            assertNotNull(answer.header("Retry-After"));
            assertTrue(answer.object().getString("detail").contains("command-rate"), answer::toString);
        }
        assertEquals(refused.size(), Metrics.counter(anonymous, REFUSED, "limit=\"command-rate\"") - refusedBefore);
        assertEquals(refused.size(), Metrics.counter(anonymous, REQUESTS, "status=\"429\"") - answered429Before);
    }

    static final String REFUSED = "glusterrest_limit_refused_total";
    static final String REQUESTS = "glusterrest_requests_total";

    @Test
    void sixSlowRequestsAtOnceSeeFourAdmitted() throws Exception {
        CountDownLatch ready = new CountDownLatch(6);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Gateway.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                await(go);
                return security.get("/v1/volumes?status=1");
            }, clients));
        }
        ready.await();
        go.countDown();
        clients.shutdown();
        int admitted = 0;
        int refused = 0;
        for (CompletableFuture<Gateway.Answer> call : calls) {
            Gateway.Answer answer = call.get();
            if (answer.status() == 200) {
                admitted++;
            } else {
                assertEquals(429, answer.status(), answer::toString);
                assertTrue(answer.object().getString("detail").contains("connections"), answer::toString);
                refused++;
            }
        }
        assertEquals(4, admitted);
        assertEquals(2, refused);
    }

    @Test
    void chsecurityChangesALimitAndTheNextBurstObeysIt() throws InterruptedException {
        assertEquals(200, security.post("/rest/v1/chsecurity", "{\"commandratelimit\": 5}").status());
        assertEquals("5", security.post("/rest/v1/lssecurity", "").array().getJsonObject(0)
                .getString("commandratelimit"));
        Thread.sleep(1100);
        long passed = 0;
        for (int i = 0; i < 20; i++) {
            passed += security.post("/rest/v1/lscurrentuser", "").status() == 200 ? 1 : 0;
        }
        assertEquals(5, passed);
    }

    @Test
    void theAuthEndpointsLimitIsSeparateFromTheCommands() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(anonymous.send(anonymous.request("/rest/v1/auth")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status());
        }
        assertEquals(3, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
        assertEquals(7, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        assertEquals(200, security.post("/rest/v1/lscurrentuser", "").status(), "commands still pass");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
