package org.gluster.restapi.admin;

/** A refusal the tool explains in one line, with the exit code that goes with it. */
class ToolException extends RuntimeException {

    final int exitCode;

    ToolException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static ToolException failed(String message) {
        return new ToolException(GlusterRestApi.FAILED, message);
    }

    static ToolException usage(String message) {
        return new ToolException(GlusterRestApi.USAGE, message);
    }
}
