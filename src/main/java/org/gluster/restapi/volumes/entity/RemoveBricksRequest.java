package org.gluster.restapi.volumes.entity;

import java.util.List;

/** The bricks of one remove-brick task, named again at every step as the CLI needs; replica when it shrinks. */
public record RemoveBricksRequest(List<String> bricks, Integer replica) {
}
