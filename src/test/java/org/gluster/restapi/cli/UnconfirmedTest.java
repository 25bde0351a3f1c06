package org.gluster.restapi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnconfirmedTest {

    private static final List<String> START = List.of("volume", "start", "gv0", "force");

    @Test
    void aChangeThatLostGlusterdSaysItsOutcomeIsUnknownAndKeepsItsStatus() {
        RuntimeException lost = Unconfirmed.of(new GlusterdUnavailableException(
                "Connection failed. Please check if gluster daemon is operational."), START);

        assertInstanceOf(GlusterdUnavailableException.class, lost);
        assertEquals("Connection failed. Please check if gluster daemon is operational.; whether `gluster volume start"
                + " gv0` took effect is unknown: read the state before repeating it", lost.getMessage());
    }

    @Test
    void aChangeThatTimedOutSaysItsOutcomeIsUnknown() {
        RuntimeException lost = Unconfirmed.of(new CliTimeoutException("the gluster CLI did not finish within 3 s"),
                List.of("volume", "stop"));

        assertInstanceOf(CliTimeoutException.class, lost);
        assertEquals("the gluster CLI did not finish within 3 s; whether `gluster volume stop` took effect is unknown:"
                + " read the state before repeating it", lost.getMessage());
    }

    @Test
    void aChangeWhoseCliPrintedNothingReadableSaysItsOutcomeIsUnknownAndKeepsTheOutput() {
        RuntimeException lost = Unconfirmed.of(new CliOutputUnreadableException(
                "the gluster CLI exited with code 1 and printed nothing", ""), START);

        assertInstanceOf(CliOutputUnreadableException.class, lost);
        assertEquals("the gluster CLI exited with code 1 and printed nothing; whether `gluster volume start gv0` took"
                + " effect is unknown: read the state before repeating it", lost.getMessage());
        assertEquals("", ((CliOutputUnreadableException) lost).output());
    }

    @Test
    void otherFailuresAreLeftAsTheyAre() {
        RuntimeException other = new IllegalStateException("x");

        assertSame(other, Unconfirmed.of(other, START));
    }

    @Test
    void aReadAfterAMadeChangeThatTimedOutOrLostGlusterdSaysFirstThatTheChangeWasMade() {
        String made = "the start of gv0 succeeded, but reading the volume afterwards failed: ";
        RuntimeException timedOut = Unconfirmed.afterMade(new CliTimeoutException(
                "the gluster CLI did not finish within 3 s and was killed: volume info gv0"), made);
        assertInstanceOf(CliTimeoutException.class, timedOut);
        assertEquals(made + "the gluster CLI did not finish within 3 s and was killed: volume info gv0",
                timedOut.getMessage());
        assertInstanceOf(GlusterdUnavailableException.class, Unconfirmed.afterMade(
                new GlusterdUnavailableException("Connection failed."), made));
        RuntimeException unreadable = Unconfirmed.afterMade(new CliOutputUnreadableException("nothing", "out"), made);
        assertEquals(made + "nothing", unreadable.getMessage());
        assertEquals("out", ((CliOutputUnreadableException) unreadable).output());
        RuntimeException refused = new CliFailedException(-1, 30806, "Volume gv0 does not exist");
        assertSame(refused, Unconfirmed.afterMade(refused, made));
    }
}
