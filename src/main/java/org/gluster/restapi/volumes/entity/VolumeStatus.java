package org.gluster.restapi.volumes.entity;

import java.util.List;

/** Live state of a started volume: its brick processes and the daemons serving it (self-heal, ...). */
public record VolumeStatus(String name, List<BrickStatus> bricks, List<DaemonStatus> daemons) {
}
