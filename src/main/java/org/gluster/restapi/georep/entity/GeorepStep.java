package org.gluster.restapi.georep.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a start, stop, pause or resume did: {@code changed} is false when GlusterFS answered success
 * but nothing happened (a stop of a session that was not running), {@code note} then says why; and
 * the session right after.
 */
public record GeorepStep(@Schema(required = true) String action, boolean changed, String note,
                         GeorepSession session) {
}
