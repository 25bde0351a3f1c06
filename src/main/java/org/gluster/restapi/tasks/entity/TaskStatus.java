package org.gluster.restapi.tasks.entity;

import java.util.List;

/** A rebalance or remove-brick task: its id (null when the CLI gives none), each node, and the total. */
public record TaskStatus(String taskId, List<NodeProgress> nodes, NodeProgress aggregate) {
}
