package org.gluster.restapi.heal.entity;

/** One brick in {@code heal info summary}; each count is null when glfsheal could not count it. */
public record BrickHealSummary(String brick, String host, String path, String hostUuid, String status,
                               boolean connected, Long total, Long pendingHeal, Long splitBrain,
                               Long possiblyHealing) {
}
