package org.gluster.restapi.tasks.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gluster.restapi.tasks.entity.NodeProgress;
import org.gluster.restapi.tasks.entity.TaskStatus;
import org.junit.jupiter.api.Test;

class TaskXmlTest {

    private static final String VM_UUID = "5d0b9016-4163-4f06-afe7-14af6c0e2e7c";

    @Test
    void rebalanceStartGivesTheTaskId() {
        assertEquals("50e1998f-0a39-4b42-8b84-2adffbc385d5", TaskXml.taskId(xml("volume-rebalance-gvd-start.xml")));
    }

    @Test
    void removeBrickStartGivesTheTaskId() {
        assertEquals("c5002e11-dc30-41c7-9f35-8ce53d677335", TaskXml.taskId(xml("volume-remove-brick-gvd-start.xml")));
    }

    @Test
    void removeBrickForceHasNoTask() {
        assertNull(TaskXml.taskId(xml("volume-remove-brick-gvd-force.xml")));
    }

    @Test
    void completedRebalanceNamesThisNodeByItsOwnName() {
        TaskStatus status = TaskXml.status(xml("volume-rebalance-gvd-status.xml"), "vm");

        assertEquals(new TaskStatus("50e1998f-0a39-4b42-8b84-2adffbc385d5",
                List.of(new NodeProgress("vm", VM_UUID, 0, 0, 0, 0, 0, "completed", 0.0)),
                new NodeProgress(null, null, 0, 0, 0, 0, 0, "completed", 0.0)), status);
    }

    @Test
    void removeBrickStatusReadsLikeARebalance() {
        TaskStatus status = TaskXml.status(xml("volume-remove-brick-gvd-status.xml"), "vm");

        assertEquals("c5002e11-dc30-41c7-9f35-8ce53d677335", status.taskId());
        assertEquals(List.of(new NodeProgress("vm", VM_UUID, 0, 0, 0, 0, 0, "completed", 0.0)), status.nodes());
        assertEquals("completed", status.aggregate().status());
    }

    @Test
    void runningRebalanceOnTwoNodesKeepsCountsRuntimesAndOtherNodesNames() {
        TaskStatus status = TaskXml.status(xml("volume-rebalance-gvd-status-2nodes-from-source.xml"), "n1");

        assertEquals(List.of(
                new NodeProgress("n1", "ec64f619-6946-400f-b706-e4349f0c2779", 120, 52_428_800, 300, 0, 2,
                        "in progress", 12.5),
                new NodeProgress("n2", "4efd8250-d0cb-4be1-9017-12ca82473a5e", 80, 1_048_576, 200, 1, 0,
                        "completed", 9.25)), status.nodes());
        assertEquals(new NodeProgress(null, null, 200, 53_477_376, 500, 1, 2, "in progress", 12.5), status.aggregate());
    }
}
