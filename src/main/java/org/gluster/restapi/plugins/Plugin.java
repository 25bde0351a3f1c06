package org.gluster.restapi.plugins;

/** One registration: what the client sent, who sent it and when (epoch seconds). */
public record Plugin(String name, String uniquekey, String version, String metadata, String registeredBy,
        long registeredAt) {

    boolean sameAs(Plugin other) {
        return name.equals(other.name) && uniquekey.equals(other.uniquekey);
    }
}
