package org.gluster.restapi.audit;

/**
 * One mutating request, through either surface: when, by whom (a user or an app), which command
 * (a command target, or method and path under /v1), its arguments (secrets masked) and the HTTP
 * status it was answered with.
 */
public record AuditEntry(long id, String time, String caller, String callerKind, String command, String arguments,
                         int status) {
}
