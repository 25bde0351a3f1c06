package org.gluster.restapi.georep.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the key step did: the command it ran and where GlusterFS keeps the pool's common public key
 * file, which {@code create push-pem} sends to the secondary. Never any key's content.
 */
public record GeorepKeys(@Schema(required = true) String command, String commonPublicKeyFile) {
}
