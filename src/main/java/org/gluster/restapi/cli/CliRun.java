package org.gluster.restapi.cli;

import java.time.Duration;
import java.util.List;

public record CliRun(List<String> argv, int exitCode, String stdout, String stderr, Duration elapsed) {

    public String combinedText() {
        return (stdout + "\n" + stderr).strip();
    }
}
