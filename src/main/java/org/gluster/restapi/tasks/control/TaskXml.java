package org.gluster.restapi.tasks.control;

import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.tasks.entity.NodeProgress;
import org.gluster.restapi.tasks.entity.TaskStatus;

/**
 * Maps {@code volume rebalance VOL start|stop|status} ({@code <volRebalance>}) and
 * {@code volume remove-brick VOL BRICKS start|stop|status|commit} ({@code <volRemoveBrick>}); the
 * CLI calls the answering node "localhost".
 */
public final class TaskXml {

    private static final String SELF = "localhost";

    private TaskXml() {
    }

    /** The task id of a start, or null (a remove-brick force has none). */
    public static String taskId(XmlNode cliOutput) {
        String id = task(cliOutput).text("task-id");
        return id.isEmpty() ? null : id;
    }

    public static TaskStatus status(XmlNode cliOutput, String selfName) {
        XmlNode task = task(cliOutput);
        XmlNode aggregate = task.child("aggregate");
        return new TaskStatus(taskId(cliOutput),
                task.children("node").stream().map(n -> progress(n, selfName)).toList(),
                aggregate.exists() ? progress(aggregate, selfName) : null);
    }

    private static XmlNode task(XmlNode cliOutput) {
        XmlNode rebalance = cliOutput.child("volRebalance");
        return rebalance.exists() ? rebalance : cliOutput.child("volRemoveBrick");
    }

    private static NodeProgress progress(XmlNode n, String selfName) {
        String node = n.text("nodeName");
        return new NodeProgress(node.isEmpty() ? null : SELF.equals(node) ? selfName : node,
                n.text("id").isEmpty() ? null : n.text("id"), count(n, "files"), count(n, "size"),
                count(n, "lookups"), count(n, "failures"), count(n, "skipped"), n.text("statusStr"),
                n.doubleValue("runtime").orElse(0.0));
    }

    private static long count(XmlNode n, String child) {
        return n.longValue(child).orElse(0L);
    }
}
