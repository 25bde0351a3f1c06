package org.gluster.restapi.auth.entity;

/** The answer of /rest/v1/auth: {@code {"token": "<JWT>"}}. */
public record Token(String token) {
}
