package org.gluster.restapi.georep.entity;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session's options, by the names {@code config} takes ({@code secondary-access-mount}): true/false
 * where GlusterFS types an option bool, numbers where it types it int, text otherwise.
 */
public record GeorepConfig(@Schema(required = true) JsonObject options) {
}
