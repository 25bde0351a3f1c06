package org.gluster.restapi.tasks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.gluster.restapi.cli.CliFailedException;
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
    void anyOtherRefusalIsTheJobsOwnProblemAndACompletedTaskIsItsResult() throws Exception {
        var locked = new CliFailedException(-1, 30800, "Locking failed on n2. Please check log file for details.");
        assertSame(locked, assertThrows(CliFailedException.class, () -> TaskRuns.follow("rebalance volume dv",
                polls(task("in progress"), locked), () -> { }).run(p -> { })));
        TaskStatus done = task("completed", "completed");
        assertEquals(done, TaskRuns.follow("rebalance volume dv", polls(task("in progress"), done), () -> { })
                .run(p -> { }));
    }
}
