package org.gluster.restapi.rebalance.entity;

/** {@code fixLayout}: only spread the layout, move no data; {@code force}: move files even onto fuller bricks. */
public record RebalanceRequest(Boolean fixLayout, Boolean force) {
}
