package org.gluster.restapi.admin;

import java.util.regex.Pattern;
import org.gluster.restapi.identity.Roles;

/** What an app id, secret and group may be. */
final class AppChecks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    static final int MIN_SECRET = 8;
    static final int MAX_SECRET = 512;

    private AppChecks() {
    }

    static String id(String id) {
        if (!ID.matcher(id).matches()) {
            throw ToolException.usage("an APP_ID has 1 to 64 letters, digits and _.- and starts with a letter or digit");
        }
        return id;
    }

    static String secret(String secret) {
        if (secret.length() < MIN_SECRET || secret.length() > MAX_SECRET
                || secret.chars().anyMatch(Character::isISOControl)) {
            throw ToolException.usage("a SECRET has " + MIN_SECRET + " to " + MAX_SECRET
                    + " characters and no control characters");
        }
        return secret;
    }

    static String group(String group) {
        if (!Roles.isGroup(group)) {
            throw ToolException.usage("--group is one of " + Roles.GROUPS);
        }
        return group;
    }
}
