package org.gluster.restapi.heal.entity;

import java.util.List;

/**
 * One brick in {@code heal info} or {@code info split-brain}: {@code status} is "Connected" or why
 * glfsheal could not read the brick; {@code entries} is null when it could not count them.
 */
public record BrickHealInfo(String brick, String host, String path, String hostUuid, String status,
                            boolean connected, Long entries, List<HealEntry> files) {
}
