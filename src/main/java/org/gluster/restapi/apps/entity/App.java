package org.gluster.restapi.apps.entity;

/** An application that signs its requests (HS256 with {@code secret}) and acts with {@code group}'s rights. */
public record App(String id, String secret, String group) {
}
