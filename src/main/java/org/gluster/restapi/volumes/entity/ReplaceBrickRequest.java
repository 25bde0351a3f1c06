package org.gluster.restapi.volumes.entity;

/** replace-brick source target commit force: self-heal fills the new brick from its replicas. */
public record ReplaceBrickRequest(String source, String target) {
}
