package org.gluster.restapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.gluster.restapi.cli.CliOutputReader;
import org.gluster.restapi.cli.CliRun;
import org.gluster.restapi.cli.XmlNode;

/** Real gluster CLI output from src/test/resources/samples, turned into what the gateway reads. */
public final class Samples {

    private Samples() {
    }

    public static String text(String file) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CliRun run(String stdoutFile, int exitCode) {
        return output(text(stdoutFile), "", exitCode);
    }

    public static CliRun run(String stdoutFile, String stderrFile, int exitCode) {
        return output(text(stdoutFile), text(stderrFile), exitCode);
    }

    public static CliRun output(String stdout, String stderr, int exitCode) {
        return new CliRun(List.of("gluster", "--mode=script", "--xml"), exitCode, stdout, stderr, Duration.ZERO);
    }

    /** The {@code <cliOutput>} of a sample the CLI answered with exit code 0. */
    public static XmlNode xml(String file) {
        return CliOutputReader.read(run(file, 0)).xml();
    }
}
