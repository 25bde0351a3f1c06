package org.gluster.restapi.volumes.entity;

import java.util.Map;

/** Options to set: {@code {"options": {"performance.cache-size": "64MB"}}}. */
public record OptionsRequest(Map<String, String> options) {
}
