package org.gluster.restapi.volumes.entity;

import java.util.List;
import java.util.Map;

/**
 * A volume as {@code gluster volume info} describes it; {@code status} is Created, Started or
 * Stopped; {@code live} is filled only when live status was asked for (and the volume runs).
 */
public record Volume(String name, String id, String status, String type, String transport,
                     int brickCount, int distCount, int replicaCount, int arbiterCount, int disperseCount,
                     int redundancyCount, int snapshotCount, List<Brick> bricks, Map<String, String> options,
                     VolumeStatus live) {

    public Volume withLive(VolumeStatus status) {
        return new Volume(name, id, this.status, type, transport, brickCount, distCount, replicaCount, arbiterCount,
                disperseCount, redundancyCount, snapshotCount, bricks, options, status);
    }
}
