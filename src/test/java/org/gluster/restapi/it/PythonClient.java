package org.gluster.restapi.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Python client the build generated (target/generated-test-sources/python-client), and a python3 that runs it. */
final class PythonClient {

    static final Path GENERATED = Path.of("target/generated-test-sources/python-client").toAbsolutePath();
    /** The machine's python3 first (pyenv's, with pydantic 2), then Debian's. */
    static final List<String> CANDIDATES = List.of("python3", System.getProperty("user.home") + "/.pyenv/shims/python3",
            "/usr/bin/python3");
    private static final String READY = "import pydantic, urllib3, dateutil, typing_extensions; "
            + "assert int(pydantic.VERSION.split('.')[0]) >= 2 and int(urllib3.__version__.split('.')[0]) >= 2";

    private PythonClient() {
    }

    /** The first candidate that can import what the generated client needs, or null. */
    static String interpreter() {
        for (String python : CANDIDATES) {
            try {
                Process probe = new ProcessBuilder(python, "-c", READY).redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return python;
                }
            } catch (IOException notThere) {
                // the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }
}
