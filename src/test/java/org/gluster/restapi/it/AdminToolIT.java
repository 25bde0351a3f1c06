package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The installed gluster-restapi command (server-config/install.sh into target/install) changes what a
 * running gateway does, through the state directory they share, without a restart.
 */
@ExtendWith(ArquillianExtension.class)
class AdminToolIT {

    static final Path STATE = Deployments.stateDir(AdminToolIT.class);
    static final Path PREFIX = Path.of("target/install").toAbsolutePath();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(AdminToolIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway anonymous;

    @BeforeAll
    static void install() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "server-config/install.sh").inheritIO();
        builder.environment().put("PREFIX", PREFIX.toString());
        builder.environment().put("SYSTEMD_DIR", PREFIX.resolve("lib/systemd/system").toString());
        builder.environment().put("INSTALL_CDS", "no");   // the tool is what is tested; a training start takes a minute
        Process install = builder.start();
        install.getOutputStream().close();
        assertTrue(install.waitFor(60, TimeUnit.SECONDS) && install.exitValue() == 0, "install.sh");
    }

    @BeforeEach
    void connect() {
        anonymous = new Gateway(deployed);
    }

    record Run(int exitCode, String out) {
    }

    static Run tool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PREFIX.resolve("bin/gluster-restapi").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GLUSTERREST_STATE_DIR", STATE.toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool finished");
        return new Run(p.exitValue(), out);
    }

    @Test
    void theInstallStepPutsTheUnitTheLauncherAndTheToolInPlace() throws Exception {
        String unit = java.nio.file.Files.readString(PREFIX.resolve("lib/systemd/system/glusterrestd.service"));
        assertTrue(unit.contains("ExecStart=" + PREFIX.resolve("sbin/glusterrestd")), unit);
        assertTrue(unit.contains("Restart=on-failure"), unit);
        String launcher = java.nio.file.Files.readString(PREFIX.resolve("sbin/glusterrestd"));
        assertTrue(launcher.contains(PREFIX.resolve("lib/glusterrestd/glusterrestd.war").toString())
                && launcher.contains("--disablephonehome"), "the installed launcher runs the installed WAR");
        var version = tool("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("gluster-restapi "), version.out());
    }

    @Test
    void appAddAndAppDelTakeEffectAtOnce() throws Exception {
        tool("app-del", "itadminapp");
        var added = tool("app-add", "itadminapp", "itadminsecret");
        assertEquals(0, added.exitCode(), added.out());
        String token = Jwts.app("itadminapp", "itadminsecret", "GET\n/v1/volumes");
        assertEquals(200, anonymous.withHeader("Authorization", "Bearer " + token).get("/v1/volumes").status());
        assertTrue(tool("app-list").out().contains("itadminapp"));
        assertEquals(0, tool("app-del", "itadminapp").exitCode());
        String again = Jwts.app("itadminapp", "itadminsecret", "GET\n/v1/volumes");
        assertEquals(401, anonymous.withHeader("Authorization", "Bearer " + again).get("/v1/volumes").status());
        var gone = tool("app-del", "itadminapp");
        assertEquals(1, gone.exitCode());
        assertTrue(gone.out().startsWith("gluster-restapi: no app"), gone.out());
    }

    @Test
    void configSetChangesTheRunningGateway() throws Exception {
        Gateway security = Users.loggedIn(anonymous, STATE, "itadmintool", Roles.SECURITY_ADMIN);
        assertEquals(0, tool("config-set", "restapitimeout", "15").exitCode());
        assertEquals("15", security.post("/rest/v1/lssecurity", "").array().getJsonObject(0)
                .getString("restapitimeout"));
        assertEquals(0, tool("config-set", "auth", "disabled").exitCode());
        assertEquals(200, anonymous.get("/v1/peers").status(), "auth disabled without a restart");
        assertEquals(0, tool("config-reset", "all").exitCode());
        assertEquals(401, anonymous.get("/v1/peers").status());
        var bad = tool("config-set", "restapitimeout", "500");
        assertEquals(2, bad.exitCode(), bad.out());
    }

    @Test
    void statusFindsTheRunningGateway() throws Exception {
        tool("config-set", "https", "disabled");
        tool("config-set", "port", String.valueOf(deployed.getPort()));
        try {
            var status = tool("status");
            assertEquals(0, status.exitCode(), status.out());
            assertTrue(status.out().contains("glusterrestd up"), status.out());
        } finally {
            tool("config-reset", "all");
        }
    }
}
