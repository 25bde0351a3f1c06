package org.gluster.restapi.profile.entity;

/** A brick's profile: since profiling started and since the previous info (either null when not asked for). */
public record BrickProfile(String brick, ProfileStats cumulative, ProfileStats interval) {
}
