package org.gluster.restapi.tasks.entity;

/**
 * One node's share of a rebalance or remove-brick ({@code node} and {@code nodeId} are null for the
 * aggregate); {@code size} is bytes moved, {@code status} the CLI's words ("in progress",
 * "completed", "failed", …).
 */
public record NodeProgress(String node, String nodeId, long files, long size, long lookups, long failures,
                           long skipped, String status, double runtimeSeconds) {
}
