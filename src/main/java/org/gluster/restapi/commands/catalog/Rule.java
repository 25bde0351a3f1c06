package org.gluster.restapi.commands.catalog;

import java.util.Map;

/**
 * A rule over several named parameters of one command (an arbiter needs replica 3, a brick is not
 * replaced by itself), checked after each parameter passed its own check; throws InvalidInputException.
 */
@FunctionalInterface
public interface Rule {

    void check(Map<String, ?> named);
}
