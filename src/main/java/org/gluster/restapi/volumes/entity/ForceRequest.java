package org.gluster.restapi.volumes.entity;

/** The body of start, stop and restart: {@code {"force": true}}, or no body at all. */
public record ForceRequest(Boolean force) {

    public static boolean force(ForceRequest request) {
        return request != null && Boolean.TRUE.equals(request.force());
    }
}
