package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.commands.Families;
import org.gluster.restapi.commands.control.CommandRegistry;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Generated hostile input against the real WAR on Payara Micro and the real glusterd, run by FaultsIT in its
 * deployment (Arquillian is a JUnit Jupiter extension, jqwik an engine of its own): runs
 * {@link HostileInputProperties} on the jqwik engine through the JUnit platform launcher, with
 * {@code glusterrest.hostile.tries} tries per property (CI 250, so at least 1,250 generated requests; a
 * nightly run sets more), counts the requests they sent, and fails with jqwik's shrunk sample of every
 * property that failed. Afterwards glusterd's cmd_history.log holds nothing the generators made.
 */
final class HostileInput {

    static final int CI_TRIES = 250;
    static final int PROPERTIES = 5;

    private HostileInput() {
    }

    /** Runs the properties against the gateway at {@code deployed}, whose state directory is {@code state}; the count sent. */
    static long run(URL deployed, Path state) {
        CommandRegistry registry = Families.registry();
        for (String command : HostileInputProperties.VOLUME_COMMANDS) {
            var first = registry.target(command).orElseThrow().positionals().get(0);
            for (String invalid : List.of("-x", "a b", "a/b", "a\u0000", "..")) {
                assertThrows(InvalidInputException.class, () -> first.check().accept(first.name(), invalid),
                        command + "'s first positional argument refuses " + invalid + " as GlusterFS would");
            }
        }
        Gateway anonymous = new Gateway(deployed);
        String password = Users.create(state, "ithostile", Roles.ADMINISTRATOR);
        String token = anonymous.auth("ithostile", password).object().getString("token");
        // the CLI-run counter appears with the first run: one valid read makes it, before anything is generated
        assertEquals(200, anonymous.withHeader("X-Auth-Token", token).post("/rest/v1/volume-list", "").status());
        int history = LocalGlusterd.commandHistory().size();
        int tries = Integer.getInteger("glusterrest.hostile.tries", CI_TRIES);
        System.setProperty(HostileInputProperties.BASE, "http://localhost:" + deployed.getPort()
                + (deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/"));
        System.setProperty(HostileInputProperties.TOKEN, token);

        List<String> failures = new ArrayList<>();
        long sentBefore = HostileInputProperties.SENT.get();
        long began = System.nanoTime();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(HostileInputProperties.class))
                .configurationParameter("jqwik.tries.default", String.valueOf(tries))
                .configurationParameter("jqwik.database", "target/jqwik-database")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build(), new TestExecutionListener() {
                    @Override
                    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                        if (test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            failures.add(test.getDisplayName() + ": " + result.getThrowable().map(Throwable::toString)
                                    .orElse(result.getStatus().toString()));
                        }
                    }
                });
        long sent = HostileInputProperties.SENT.get() - sentBefore;
        System.out.printf("HostileInput: %d generated requests sent (%d tries per property, %d properties) in %.1f s%n",
                sent, tries, PROPERTIES, (System.nanoTime() - began) / 1e9);
        assertEquals(List.of(), failures, "every generated hostile request is refused as a problem, no 5xx, no CLI");
        assertTrue(sent >= (long) PROPERTIES * tries, "each of the five properties sent one request per try: " + sent);
        List<String> added = LocalGlusterd.commandHistory();
        added = added.subList(Math.min(history, added.size()), added.size());
        added.forEach(line -> assertTrue(line.matches("[\\x20-\\x7e]*") && !line.contains("%") && !line.contains("..")
                && !line.contains("$(") && !line.contains("`"), "cmd_history.log holds what the gateway made: " + line));
        return sent;
    }
}
