package org.gluster.restapi.auth.entity;

/**
 * Who a token speaks for. {@code qsh} is set for app tokens only: the hash of the request the token
 * was made for, checked once the request body has been read.
 */
public record Caller(String name, String group, Kind kind, String qsh) {

    public enum Kind { USER, APP, ANONYMOUS }
}
