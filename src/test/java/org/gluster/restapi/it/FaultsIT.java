package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults of the real glusterd, with a 3 s CLI timeout: a glusterd that stops answering (SIGSTOP) costs
 * a request no more than the timeout and a clear 504, and the gateway serves again as soon as it
 * continues. Each figure is printed for RELIABILITY.md.
 */
@ExtendWith(ArquillianExtension.class)
class FaultsIT {

    static final long TIMEOUT_SECONDS = 3;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(FaultsIT.class, "glusterrest.gluster.timeout=" + TIMEOUT_SECONDS + "\n");
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

    @Test
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
}
