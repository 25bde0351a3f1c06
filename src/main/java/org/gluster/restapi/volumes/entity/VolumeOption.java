package org.gluster.restapi.volumes.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.json.bind.annotation.JsonbProperty;

/** An option's value; {@code default} is true when it was never set on this volume. */
public record VolumeOption(@Schema(required = true) String name, String value, @JsonbProperty("default") boolean isDefault) {
}
