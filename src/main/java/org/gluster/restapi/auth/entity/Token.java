package org.gluster.restapi.auth.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** The answer of /rest/v1/auth: {@code {"token": "<JWT>"}}. */
public record Token(@Schema(required = true) String token) {
}
