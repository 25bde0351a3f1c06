package org.gluster.restapi.webhooks.entity;

import java.util.List;

/**
 * A webhook to create or change: {@code url} where events are posted; {@code secret} {@code whsec_} +
 * base64 of 24 to 64 bytes (generated when absent on create); {@code events} the names or prefixes
 * ({@code VOLUME_*}) to deliver, none for all; {@code enabled} only on update. On PATCH an absent
 * member keeps its value.
 */
public record WebhookRequest(String url, String secret, List<String> events, String description, Boolean enabled) {
}
