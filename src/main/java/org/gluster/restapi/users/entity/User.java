package org.gluster.restapi.users.entity;

/**
 * A user of the gateway. {@code passwordHash} is a salted PBKDF2 hash; {@code failedLogins}
 * counts bad passwords in a row and {@code lockedUntil} (epoch seconds, 0 when not locked) ends a
 * lockout. {@code passwordVersion} counts the password's changes and resets (0 in a users file
 * written before it existed): a session token names the version it was issued for and is refused
 * once the password changed.
 */
public record User(int id, String name, String group, String passwordHash, boolean passwordChangeRequired,
                   int failedLogins, long lockedUntil, int passwordVersion) {

    public boolean lockedAt(long epochSecond) {
        return lockedUntil > epochSecond;
    }

    public User withFailedLogins(int failed, long until) {
        return new User(id, name, group, passwordHash, passwordChangeRequired, failed, until, passwordVersion);
    }
}
