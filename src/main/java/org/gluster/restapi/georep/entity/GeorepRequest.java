package org.gluster.restapi.georep.entity;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new session: the secondary volume and the account on its host ({@code secondaryUser}, default root;
 * another one is a mountbroker user), whether the primary's keys are pushed ({@code pushPem}, default
 * true), {@code force} for a non-empty secondary, the ssh port, and options set after the create.
 */
public record GeorepRequest(@Schema(required = true) String secondaryHost, @Schema(required = true) String secondaryVolume,
                            String secondaryUser, Boolean pushPem, Boolean force, Integer sshPort,
                            Map<String, String> config) {
}
