package org.gluster.restapi.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.cli.CliFailure;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.tasks.entity.NodeProgress;
import org.gluster.restapi.tasks.entity.TaskStatus;
import org.junit.jupiter.api.Test;

/** Following a task over scripted polls (what glusterd answered in MultiNodeIT's cancel). */
class TaskRunsTest {

    static TaskStatus task(String... states) {
        List<NodeProgress> nodes = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            nodes.add(new NodeProgress("n" + (i + 1), "id" + i, 10, 655360, 40, 0, 0, states[i], 2.0));
        }
        return new TaskStatus("task-1", nodes, new NodeProgress(null, null, 10L * states.length, 0, 0, 0, 0,
                states[0], 2.0));
    }

    /** Answers the scripted polls in turn: a status, or a CLI refusal to throw. */
    static Supplier<TaskStatus> polls(Object... answers) {
        Deque<Object> left = new ArrayDeque<>(List.of(answers));
        return () -> {
            Object next = left.pop();
            if (next instanceof RuntimeException refusal) {
                throw refusal;
            }
            return (TaskStatus) next;
        };
    }

    @Test
    void aTaskThatGlusterdForgetsAfterAStopEndsTheJobAsStoppedWithItsLastProgress() {
        List<Object> progress = new ArrayList<>();
        TaskStatus running = task("in progress", "completed");
        var stopped = assertThrows(ConflictException.class, () -> TaskRuns.follow("rebalance volume dv",
                polls(running, new CliFailedException(-1, 30800, "Rebalance not started for volume dv.")), () -> { })
                .run(progress::add));
        assertTrue(stopped.getMessage().contains("was stopped before it ended"), stopped.getMessage());
        assertTrue(stopped.getMessage().contains("Rebalance not started for volume dv."), stopped.getMessage());
        assertEquals(List.of(running), progress, "the last progress is the one seen running");
    }

    @Test
    void aTaskStoppedWhileItsStatusIsStillKeptEndsStoppedToo() {
        var stopped = assertThrows(ConflictException.class, () -> TaskRuns.follow("remove bricks", polls(
                task("in progress"), task("stopped", "completed")), () -> { }).run(p -> { }));
        assertTrue(stopped.getMessage().contains("[n1]"), stopped.getMessage());
    }

    @Test
    void aStatusGlusterdCouldNotGatherThisTimeIsPolledAgainAndTheTaskFollowedToItsEnd() throws Exception {
        List<Object> progress = new ArrayList<>();
        TaskStatus running = task("in progress", "in progress");
        TaskStatus done = task("completed", "completed");
        int[] pauses = {0};
        assertEquals(done, TaskRuns.follow("rebalance volume dv", polls(running,
                new CliFailedException(-1, 30800, "Glusterd Syncop Mgmt brick op 'Rebalance' failed. Please check "
                        + "brick log file for details."),
                new CliFailedException(-1, 30800, "Brick ops failed on n3. Please check the log file for more "
                        + "details."),
                new CliFailedException(-1, 30800, "Locking failed on n2. Please check log file for details."),
                done), () -> pauses[0]++).run(progress::add));
        assertEquals(List.of(running, done), progress);
        assertEquals(4, pauses[0], "one pause after the first status and after each refusal");
    }

    @Test
    void aStatusThatStaysUngatherableForThirtyPollsInARowFailsTheJobWithGlusterfsWords() throws Exception {
        var unreachable = new CliFailedException(-1, 30800, "Glusterd Syncop Mgmt brick op 'Rebalance' failed. "
                + "Please check brick log file for details.");
        TaskStatus done = task("completed");
        assertEquals(done, TaskRuns.follow("rebalance volume dv", polls(misses(unreachable, task("in progress"),
                done)), () -> { }).run(p -> { }), "29 in a row, a status, 29 in a row, the end");
        Object[] thirty = new Object[TaskRuns.MISSED_POLLS + 2];
        thirty[0] = task("in progress");
        Arrays.fill(thirty, 1, thirty.length - 1, unreachable);
        thirty[thirty.length - 1] = done;
        assertSame(unreachable, assertThrows(CliFailedException.class, () -> TaskRuns.follow("rebalance volume dv",
                polls(thirty), () -> { }).run(p -> { })));
    }

    private static Object[] misses(RuntimeException refusal, TaskStatus between, TaskStatus last) {
        List<Object> answers = new ArrayList<>(List.of(between));
        answers.addAll(Collections.nCopies(TaskRuns.MISSED_POLLS - 1, refusal));
        answers.add(between);
        answers.addAll(Collections.nCopies(TaskRuns.MISSED_POLLS - 1, refusal));
        answers.add(last);
        return answers.toArray();
    }

    @Test
    void anyOtherRefusalIsTheJobsOwnProblemAndACompletedTaskIsItsResult() throws Exception {
        var gone = new CliFailedException(-1, 30806, "Volume dv does not exist");
        assertSame(gone, assertThrows(CliFailedException.class, () -> TaskRuns.follow("rebalance volume dv",
                polls(task("in progress"), gone), () -> { }).run(p -> { })));
        TaskStatus done = task("completed", "completed");
        assertEquals(done, TaskRuns.follow("rebalance volume dv", polls(task("in progress"), done), () -> { })
                .run(p -> { }));
    }

    @Test
    void aStatusAskedWhileATaskProcessDoesNotAnswerIs503AndOtherRefusalsStayGlusterfss() {
        var unreachable = new CliFailedException(-1, 30800, "Brick ops failed on n3. Please check the log file "
                + "for more details.");
        CliFailedException notNow = assertThrows(CliFailedException.class, () -> TaskRuns.now(polls(unreachable)));
        assertEquals(CliFailure.NOT_NOW, notNow.kind());
        assertEquals(unreachable.opErrstr(), notNow.opErrstr());
        var locked = new CliFailedException(-1, 30800, "Locking failed on n2. Please check log file for details.");
        assertSame(locked, assertThrows(CliFailedException.class, () -> TaskRuns.now(polls(locked))));
        assertEquals(CliFailure.BUSY, locked.kind());
        var forgotten = new CliFailedException(-1, 30800, "Rebalance not started for volume dv.");
        assertSame(forgotten, assertThrows(CliFailedException.class, () -> TaskRuns.now(polls(forgotten))));
        TaskStatus running = task("in progress");
        assertSame(running, TaskRuns.now(polls(running)));
    }

    @Test
    void aStartAnsweredAtOnceReadsItsStatusThroughMomentaryRefusalsAndStartsOnce() throws Exception {
        int[] starts = {0};
        TaskStatus running = task("in progress", "in progress");
        var unreachable = new CliFailedException(-1, 30800, "Glusterd Syncop Mgmt brick op 'Rebalance' failed. "
                + "Please check brick log file for details.");
        assertSame(running, TaskRuns.startNow(() -> starts[0]++, polls(unreachable, unreachable, running), () -> { })
                .run(p -> { }));
        assertEquals(1, starts[0]);
        var gone = new CliFailedException(-1, 30806, "Volume dv does not exist");
        assertSame(gone, assertThrows(CliFailedException.class, () -> TaskRuns.startNow(() -> { }, polls(gone),
                () -> { }).run(p -> { })));
    }
}
