package org.gluster.restapi.commands.entity;

/** What a command target tells the audit filter about the request it runs: its command and (masked) arguments. */
public record AuditEvent(String command, String arguments) {

    public static final String ATTRIBUTE = "glusterrest.audit";
}
