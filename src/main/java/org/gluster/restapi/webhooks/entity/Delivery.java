package org.gluster.restapi.webhooks.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * One event's delivery to one webhook: {@code webhookId} is the {@code webhook-id} header (the same on
 * every attempt); {@code state} is queued (not tried yet), retrying, delivered or failed (given up
 * when the webhook was disabled); {@code status} the last HTTP status, absent when no answer came;
 * {@code lastError} why the last attempt failed, never the receiver's body.
 */
@JsonbPropertyOrder({"eventId", "webhookId", "event", "state", "status", "attempts", "lastError", "firstAttempt",
        "lastAttempt"})
public record Delivery(long eventId, String webhookId, String event, String state, Integer status, int attempts,
                       String lastError, Instant firstAttempt, Instant lastAttempt) {

    public static final String QUEUED = "queued";
    public static final String RETRYING = "retrying";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
}
