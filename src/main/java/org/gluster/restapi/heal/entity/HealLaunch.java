package org.gluster.restapi.heal.entity;

/** A heal launched: {@code index} heals what is marked pending, {@code full} crawls everything; the CLI's words. */
public record HealLaunch(String kind, String message) {
}
