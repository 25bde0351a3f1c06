package org.gluster.restapi.volumes.entity;

import java.util.List;

/** Bricks to add, optionally raising the replica count (and adding an arbiter) at the same time. */
public record AddBricksRequest(List<String> bricks, Integer replica, Integer arbiter, Boolean force) {
}
