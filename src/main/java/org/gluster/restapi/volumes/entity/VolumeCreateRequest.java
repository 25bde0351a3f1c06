package org.gluster.restapi.volumes.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A new volume. Counts left out or 0 are not passed to the CLI; {@code transport} is tcp, rdma or
 * tcp,rdma; {@code options} are set right after creation (and the volume is removed again if one
 * is refused).
 */
public record VolumeCreateRequest(@Schema(required = true) String name,
                                  @Schema(required = true) List<String> bricks, Integer replica, Integer arbiter,
                                  Integer disperse, Integer disperseData, Integer redundancy, String transport,
                                  Boolean force, Map<String, String> options) {
}
