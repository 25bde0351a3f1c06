package org.gluster.restapi.georep.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gluster.restapi.Samples;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliOutputUnreadableException;
import org.gluster.restapi.cli.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real answer of two pools ({@code _calls.log}: file, exit code, command) read as the gateway
 * reads it: XML mode by opRet whatever the exit code, plain mode by the exit code.
 */
class GeorepSamplesTest {

    /** The refusals, each with the opRet GlusterFS gave (plain mode: -1). */
    private static final Map<String, Integer> REFUSED = Map.ofEntries(
            Map.entry("georep-pause-again.xml", 1), Map.entry("georep-resume-again.xml", 1),
            Map.entry("georep-start-again.xml", -1), Map.entry("georep-delete-running.xml", -1),
            Map.entry("dev-run/georep-create-nonempty.xml", -1), Map.entry("dev-run/georep-create-nonempty.txt", -1),
            Map.entry("dev-run/georep-start-again.txt", -1), Map.entry("dev-run/georep-pause-again.txt", -1),
            Map.entry("dev-run/georep-delete-running.txt", -1), Map.entry("dev-run/georep-status-none.txt", -1),
            Map.entry("dev-run/georep-status-detail-none.txt", -1), Map.entry("api-check/api-config-bad-value.xml", -3),
            Map.entry("api-check/api-config-nosession.xml", -1), Map.entry("api-check/api-config-unknown.xml", -1));
    private static final Set<String> NO_SESSION = Set.of("georep-status-detail-deleted.xml",
            "georep-status-all-deleted.xml", "georep-status-nosession.xml", "api-check/api-status-detail-volume-none.xml");

    record Call(String file, int exitCode, boolean xml) {
    }

    static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (String dir : List.of("", "dev-run/", "api-check/")) {
            Samples.text("georep/" + dir + "_calls.log").lines().map(l -> l.split("\t")).forEach(f -> {
                if (GeorepSamplesTest.class.getResource("/samples/georep/" + dir + f[0]) != null) {
                    calls.add(new Call(dir + f[0], Integer.parseInt(f[1].substring(3)), f[3].contains("--xml")));
                }
            });
        }
        return calls;
    }

    static CliOutput read(Call call) {
        String stderr = GeorepSamplesTest.class.getResource("/samples/georep/" + call.file() + ".stderr") == null
                ? "" : Samples.text("georep/" + call.file() + ".stderr");
        CliRun run = Samples.output(Samples.text("georep/" + call.file()), stderr, call.exitCode());
        return call.xml() ? CliOutputReader.read(run) : CliOutputReader.readText(run);
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsReadAsItsOpRetOrExitCodeSays() {
        return calls().stream().map(call -> DynamicTest.dynamicTest(call.file(), () -> {
            if (REFUSED.containsKey(call.file())) {
                CliFailedException refusal = assertThrows(CliFailedException.class, () -> read(call));
                assertEquals(REFUSED.get(call.file()), refusal.opRet());
                assertFalse(refusal.opErrstr().isBlank());
            } else if (NO_SESSION.contains(call.file())) {
                assertEquals(2, call.exitCode());
                CliFailedException none = assertThrows(CliFailedException.class, () -> read(call));
                assertTrue(GeorepXml.noSession(none), none.opErrstr());
                assertEquals(404, none.kind().status);
            } else {
                CliOutput output = read(call);
                if (call.xml() && call.file().contains("status-detail")) {
                    assertFalse(GeorepXml.sessions(output.xml(), "pvol").isEmpty());
                }
            }
        }));
    }

    @Test
    void theSamplesCoverEveryKindOfAnswer() {
        List<String> files = calls().stream().map(Call::file).toList();
        assertEquals(71, files.size(), files.toString());
        assertTrue(files.containsAll(REFUSED.keySet()), "every refusal is a sample");
        assertTrue(files.containsAll(NO_SESSION), "every answer without a session is a sample");
    }

    @Test
    void theConfigOfNoSessionIsNotFoundAndAnOptionGlusterFsDoesNotKnowIsBadInput() {
        assertEquals(CliFailure.NOT_FOUND, assertThrows(CliFailedException.class, () -> CliOutputReader.read(
                Samples.run("georep/api-check/api-config-nosession.xml", 0))).kind());
        assertEquals(CliFailure.INVALID, assertThrows(CliFailedException.class, () -> CliOutputReader.read(
                Samples.run("georep/api-check/api-config-unknown.xml", 0))).kind());
    }

    @Test
    void theRefusalsAreConflictsNotBadInput() {
        for (String file : List.of("georep-pause-again.xml", "georep-start-again.xml", "georep-delete-running.xml",
                "dev-run/georep-create-nonempty.xml")) {
            CliFailedException e = assertThrows(CliFailedException.class,
                    () -> CliOutputReader.read(Samples.run("georep/" + file, 0)));
            assertEquals(CliFailure.REFUSED, e.kind(), file);
        }
    }

    @Test
    void aStopOrPauseOfAStoppedSessionIsASuccessThatSaysItIsNotSetUp() {
        for (String file : List.of("georep-stop-again.xml", "georep-pause-stopped.xml", "api-check/api-stop-created.xml",
                "api-check/api-pause-created.xml")) {
            assertEquals(GeorepSteps.NOT_RUNNING, CliOutputReader.read(Samples.run("georep/" + file, 0)).message());
        }
        assertEquals("", CliOutputReader.read(Samples.run("georep/georep-stop.xml", 0)).message());
    }

    @Test
    void otherPlainTextOrAnotherNotFoundIsNotTakenForNoSession() {
        assertThrows(CliOutputUnreadableException.class, () -> CliOutputReader.read(Samples.output(
                "Usage: volume geo-replication ...", "", 1)));
        assertFalse(GeorepXml.noSession(new CliFailedException(-1, 30806, "Volume pvol does not exist")));
        assertFalse(GeorepXml.noSession(new CliFailedException(-1, 0, "geo-replication command failed")));
    }
}
