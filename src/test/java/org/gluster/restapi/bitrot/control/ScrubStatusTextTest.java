package org.gluster.restapi.bitrot.control;

import static org.gluster.restapi.Samples.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.gluster.restapi.bitrot.entity.CorruptObject;
import org.gluster.restapi.bitrot.entity.ScrubNode;
import org.gluster.restapi.bitrot.entity.ScrubStatus;
import org.junit.jupiter.api.Test;

class ScrubStatusTextTest {

    /** The sample states its source in leading '#' lines, which the CLI does not print. */
    private static String cliText(String sample) {
        return text(sample).lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
    }

    @Test
    void scrubStatusHasTheHeaderAndOneEntryPerNodeWithItsCorruptObjects() {
        ScrubStatus status = ScrubStatusText.parse(cliText("volume-bitrot-gv0-scrub-status-from-source.txt"), "n1");

        assertEquals(new ScrubStatus("gv0", "Active", true, "lazy", "biweekly", "/var/log/glusterfs/bitd.log",
                "/var/log/glusterfs/scrub.log", List.of(
                        new ScrubNode("n1", 0, 0, null, 0, 0, List.of()),
                        new ScrubNode("n2", 1500, 12, "2026-11-24 03:02:01", 90_125, 2, List.of(
                                new CorruptObject("8b3f3a2e-1c4d-4e5f-9a6b-7c8d9e0f1a2b", "/data/bricks/b2",
                                        "/docs/report.pdf"),
                                new CorruptObject("0f1e2d3c-4b5a-4697-8877-665544332211", "/data/bricks/b2",
                                        null))))),
                status);
    }

    @Test
    void idleScrubberIsNotRunning() {
        String idle = cliText("volume-bitrot-gv0-scrub-status-from-source.txt").replace("(In Progress)", "(Idle)");

        ScrubStatus status = ScrubStatusText.parse(idle, "n1");

        assertEquals("Active", status.state());
        assertEquals(false, status.running());
    }

    @Test
    void unexpectedTextGivesAnEmptyStatusRatherThanACrash() {
        ScrubStatus status = ScrubStatusText.parse("Bitrot command failed : Bitrot is not enabled on volume gv0", "n1");

        assertEquals(List.of(), status.nodes());
        assertEquals(null, status.volume());
    }

    @Test
    void idleScrubberOnOneNodeIsThisNodeWithNothingScrubbedYet() {
        assertEquals(new ScrubStatus("gvcap", "Active", false, "lazy", "biweekly", "/var/log/glusterfs/bitd.log",
                        "/var/log/glusterfs/scrub.log", List.of(new ScrubNode("vm", 0, 0, null, 0, 0, List.of()))),
                ScrubStatusText.parse(text("volume-bitrot-gvcap-scrub-status-real.txt"), "vm"));
    }

    @Test
    void pausedScrubberKeepsTheStateTheCliGives() {
        ScrubStatus status = ScrubStatusText.parse(text("volume-bitrot-gvcap-scrub-status-paused-real.txt"), "vm");

        assertEquals("pause", status.state());
        assertEquals(false, status.running());
    }
}
