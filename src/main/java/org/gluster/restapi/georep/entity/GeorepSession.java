package org.gluster.restapi.georep.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A geo-replication session of a primary volume: where it copies to ({@code secondary} as the CLI
 * writes it, {@code [user@]host::volume}), the secondary volume's id, {@code status} summed up over the
 * pairs (Faulty if any pair is, else Active if any is, else the pairs' own status), and each pair.
 */
public record GeorepSession(@Schema(required = true) String primaryVolume, @Schema(required = true) String secondaryHost,
                            @Schema(required = true) String secondaryVolume, @Schema(required = true) String secondaryUser,
                            String secondary, String secondaryVolumeId, @Schema(required = true) String status,
                            @Schema(required = true) List<GeorepPair> pairs) {
}
