package org.gluster.restapi.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gluster.restapi.state.StateLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher reads https and port from settings.json with bash alone: what Settings stored, else the built-in default. */
class LauncherSettingsTest {

    static final Path LAUNCHER = Path.of("server-config/glusterrestd");

    @TempDir
    Path state;

    @Test
    void theLauncherReadsWhatConfigSetStored() throws Exception {
        Settings settings = new Settings(StateLocation.fixed(state, Runnable::run));
        settings.set(Setting.HTTPS, "disabled");
        settings.set(Setting.PORT, "8443");
        settings.set(Setting.RESTAPITIMEOUT, "30");

        assertEquals("disabled 8443\n", launcherSettings());
    }

    @Test
    void withoutSettingsTheLauncherTakesTheBuiltInDefaults() throws Exception {
        assertEquals(Setting.HTTPS.builtInDefault + " " + Setting.PORT.builtInDefault + "\n", launcherSettings());
    }

    @Test
    void aValueThatConfigSetWouldRefuseStopsTheLauncher() throws Exception {
        Files.writeString(state.resolve(Settings.FILE), "{\"values\": {\"port\": \"80; reboot\"}}");

        assertEquals("exit 2\n", launcherSettings());
    }

    /** The launcher's own lines that read the two settings, run against this test's state directory. */
    private String launcherSettings() throws Exception {
        String launcher = Files.readString(LAUNCHER);
        String function = launcher.replaceAll("(?s).*\n(setting\\(\\) \\{.*?\n\\}\n).*", "$1");
        String reads = launcher.replaceAll("(?s).*\n(HTTPS=\\$\\{GLUSTERREST_HTTPS:-[^\n]*\nPORT=[^\n]*\n).*", "$1");
        String script = "set -euo pipefail\nunset GLUSTERREST_HTTPS GLUSTERREST_PORT\n" + function
                + "GLUSTERREST_STATE_DIR=" + state + "\n" + reads + "echo \"$HTTPS $PORT\"\n";
        Process bash = new ProcessBuilder("bash", "-c", script).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = bash.waitFor();
        if (exit != 0) {
            out = out + "exit " + exit + "\n";
        }
        return out;
    }
}
