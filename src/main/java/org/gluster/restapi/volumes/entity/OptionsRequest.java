package org.gluster.restapi.volumes.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;

/** Options to set: {@code {"options": {"performance.cache-size": "64MB"}}}. */
public record OptionsRequest(@Schema(required = true) Map<String, String> options) {
}
