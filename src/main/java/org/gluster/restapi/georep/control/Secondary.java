package org.gluster.restapi.georep.control;

import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * The far end of a session, each part checked on its own: a host (a DNS name or IPv4 address; an IPv6
 * address cannot be written in GlusterFS's {@code host::volume}, which it splits at the first "::"),
 * a volume name and a POSIX user. The CLI takes them as one word, {@code [user@]host::volume}, the
 * user left out for root.
 */
public record Secondary(String host, String volume, String user) {

    public static final String ROOT = "root";

    public static Secondary of(String host, String volume, String user) {
        return new Secondary(GlusterNames.host("secondaryHost", host),
                GlusterNames.volumeName("secondaryVolume", volume),
                GlusterNames.posixUser("secondaryUser", user == null ? ROOT : user));
    }

    /** The CLI's word, as /rest/v1 callers write it, checked part by part. */
    public static Secondary parse(String field, String word) {
        if (word == null || word.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        int split = word.indexOf("::");
        if (split < 0) {
            throw new InvalidInputException(field, "is written [user@]host::volume");
        }
        String address = word.substring(0, split);
        int at = address.indexOf('@');
        try {
            return of(at < 0 ? address : address.substring(at + 1), word.substring(split + 2),
                    at < 0 ? ROOT : address.substring(0, at));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    public String cli() {
        return (ROOT.equals(user) ? "" : user + "@") + host + "::" + volume;
    }
}
