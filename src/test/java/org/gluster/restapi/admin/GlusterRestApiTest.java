package org.gluster.restapi.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.Passwords;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.control.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every subcommand's success and failure, through picocli's execute, as an operator would see them. */
class GlusterRestApiTest {

    @TempDir
    Path state;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void clean() {
        out = new StringWriter();
        err = new StringWriter();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = GlusterRestApi.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] withState = new String[args.length + 2];
        System.arraycopy(args, 0, withState, 0, args.length);
        withState[args.length] = "--state-dir";
        withState[args.length + 1] = state.toString();
        return args.length == 0 || args[0].startsWith("-") ? line.execute(args) : line.execute(withState);
    }

    private void noStackTrace() {
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), err::toString);
    }

    @Test
    void appAddRegistersAnAppThatTheGatewayReads() {
        assertEquals(0, run("app-add", "myapp", "myappsecret", "--group", "Monitor"));
        var app = new AppStore(StateLocation.fixed(state, Runnable::run)).find("myapp").orElseThrow();
        assertEquals("myappsecret", app.secret());
        assertEquals("Monitor", app.group());
    }

    @Test
    void appAddOfAnExistingAppFailsWithExitCode1() {
        run("app-add", "myapp", "myappsecret");
        assertEquals(1, run("app-add", "myapp", "othersecret"));
        assertTrue(err.toString().contains("exists already"), err::toString);
        noStackTrace();
        assertEquals("myappsecret", new AppStore(StateLocation.fixed(state, Runnable::run)).find("myapp").orElseThrow().secret());
    }

    @Test
    void badAppIdsSecretsAndGroupsAreUsageErrors() {
        assertEquals(2, run("app-add", "-bad", "myappsecret"));
        assertEquals(2, run("app-add", "my app", "myappsecret"));
        assertEquals(2, run("app-add", "myapp", "short"));
        assertEquals(2, run("app-add", "myapp", "myappsecret", "--group", "Root"));
        assertTrue(err.toString().contains("Monitor"), err::toString);
        assertEquals(2, run("app-add", "myapp"));
        noStackTrace();
        assertTrue(new AppStore(StateLocation.fixed(state, Runnable::run)).all().isEmpty());
    }

    @Test
    void appResetChangesTheSecretOfAnExistingAppOnly() {
        run("app-add", "myapp", "myappsecret");
        assertEquals(0, run("app-reset", "myapp", "newsecret9"));
        assertEquals("newsecret9", new AppStore(StateLocation.fixed(state, Runnable::run)).find("myapp").orElseThrow().secret());
        assertEquals(1, run("app-reset", "nosuchapp", "newsecret9"));
        assertTrue(err.toString().contains("no app nosuchapp"), err::toString);
    }

    @Test
    void appDelRemovesAnAppAndFailsForAnUnknownOne() {
        run("app-add", "myapp", "myappsecret");
        assertEquals(0, run("app-del", "myapp"));
        assertTrue(new AppStore(StateLocation.fixed(state, Runnable::run)).find("myapp").isEmpty());
        assertEquals(1, run("app-del", "myapp"));
        noStackTrace();
    }

    @Test
    void appListNeverPrintsSecrets() {
        run("app-add", "myapp", "myappsecret");
        run("app-add", "other", "othersecret", "--group", "SecurityAdmin");
        assertEquals(0, run("app-list"));
        assertTrue(out.toString().contains("myapp") && out.toString().contains("SecurityAdmin"), out::toString);
        assertFalse(out.toString().contains("myappsecret") || out.toString().contains("othersecret"), out::toString);
    }

    @Test
    void configSetStoresAValidValueAndSaysWhenARestartIsNeeded() {
        assertEquals(0, run("config-set", "restapitimeout", "15"));
        assertEquals("15", new Settings(StateLocation.fixed(state, Runnable::run)).value(Setting.RESTAPITIMEOUT));
        assertFalse(out.toString().contains("restart"), out::toString);
        assertEquals(0, run("config-set", "port", "8443"));
        assertTrue(out.toString().contains("restarts"), out::toString);
    }

    @Test
    void configSetRefusesUnknownNamesAndBadValuesListingWhatIsValid() {
        assertEquals(2, run("config-set", "frobnicate", "1"));
        assertTrue(err.toString().contains("restapitimeout") && err.toString().contains("https"), err::toString);
        assertEquals(2, run("config-set", "restapitimeout", "5"));
        assertTrue(err.toString().contains("10 to 120"), err::toString);
        assertEquals(2, run("config-set", "https", "maybe"));
        assertTrue(err.toString().contains("enabled"), err::toString);
        noStackTrace();
        assertEquals("60", new Settings(StateLocation.fixed(state, Runnable::run)).value(Setting.RESTAPITIMEOUT));
    }

    @Test
    void configGetShowsEverySettingOrOneValue() {
        run("config-set", "auth", "disabled");
        assertEquals(0, run("config-get"));
        for (String key : Setting.keys()) {
            assertTrue(out.toString().contains(key), out::toString);
        }
        assertEquals(0, run("config-get", "auth", "--value"));
        assertEquals("disabled", out.toString().strip());
        assertEquals(2, run("config-get", "nosuch"));
    }

    @Test
    void configResetPutsOneOrAllBack() {
        run("config-set", "restapitimeout", "15");
        run("config-set", "port", "8443");
        assertEquals(0, run("config-reset", "restapitimeout"));
        Settings settings = new Settings(StateLocation.fixed(state, Runnable::run));
        assertEquals("60", settings.value(Setting.RESTAPITIMEOUT));
        assertEquals("8443", settings.value(Setting.PORT));
        assertEquals(0, run("config-reset", "all"));
        assertEquals("7443", settings.value(Setting.PORT));
        assertEquals(2, run("config-reset", "nosuch"));
    }

    @Test
    void userPasswdPrintsANewPasswordThatWorksAndMustBeChanged() {
        UserStore users = new UserStore(StateLocation.fixed(state, Runnable::run));
        users.createIfAbsent("superuser", "SecurityAdmin", "lost-password".toCharArray(), false);
        users.recordFailure("superuser", 1, Long.MAX_VALUE);
        assertEquals(0, run("user-passwd", "superuser"));
        String password = out.toString().strip();
        var user = users.find("superuser").orElseThrow();
        assertTrue(Passwords.matches(password.toCharArray(), user.passwordHash()));
        assertTrue(user.passwordChangeRequired());
        assertFalse(user.lockedAt(0), "a reset also ends a lockout");
        assertEquals(1, run("user-passwd", "nobody"));
    }

    @Test
    void userUnlockEndsALockout() {
        UserStore users = new UserStore(StateLocation.fixed(state, Runnable::run));
        users.createIfAbsent("alice", "Monitor", "alice-password".toCharArray(), false);
        users.recordFailure("alice", 1, Long.MAX_VALUE);
        assertTrue(users.find("alice").orElseThrow().lockedAt(1));
        assertEquals(0, run("user-unlock", "alice"));
        assertFalse(users.find("alice").orElseThrow().lockedAt(1));
        assertEquals(1, run("user-unlock", "bob"));
    }

    @Test
    void statusSaysTheGatewayIsDownWithExitCode3() {
        run("config-set", "port", "1");
        assertEquals(3, run("status", "--gluster", "/nonexistent/gluster"));
        assertTrue(out.toString().contains("DOWN"), out::toString);
        assertTrue(out.toString().contains("glusterd does not answer"), out::toString);
    }

    @Test
    void anUnwritableStateDirectoryIsAMessageNotAStackTrace() throws Exception {
        Path file = Files.writeString(state.resolve("not-a-dir"), "x");
        CommandLine line = GlusterRestApi.commandLine();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(out, true));
        assertEquals(1, line.execute("app-list", "--state-dir", file.toString()));
        assertTrue(err.toString().startsWith("gluster-restapi: "), err::toString);
        noStackTrace();
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, run());
        assertEquals(0, run("--version"));
    }
}
