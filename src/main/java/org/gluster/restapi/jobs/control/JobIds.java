package org.gluster.restapi.jobs.control;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A job id is {@code <node>-<uuid>}: URL-safe, and it says whose jobs file holds it, so finding one
 * reads one file. The node is its name when that is a plain host name, else its glusterd UUID.
 */
final class JobIds {

    static final Pattern NODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,200}");
    private static final int UUID_LENGTH = 36;

    private JobIds() {
    }

    static String node(String name, String uuid) {
        return name != null && NODE.matcher(name).matches() ? name : uuid;
    }

    static String next(String node) {
        return node + "-" + UUID.randomUUID();
    }

    /** The node that an id names, if it is an id at all. */
    static Optional<String> nodeOf(String id) {
        if (id == null || id.length() < UUID_LENGTH + 2 || id.charAt(id.length() - UUID_LENGTH - 1) != '-') {
            return Optional.empty();
        }
        String node = id.substring(0, id.length() - UUID_LENGTH - 1);
        try {
            UUID.fromString(id.substring(id.length() - UUID_LENGTH));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return NODE.matcher(node).matches() ? Optional.of(node) : Optional.empty();
    }

    /** The state file of a node's jobs. */
    static String file(String node) {
        return "jobs-" + node + ".json";
    }
}
