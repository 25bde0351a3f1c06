package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Docker Compose test cluster, checked without a Docker engine: docker-compose.yml is valid for
 * Debian's docker-compose and describes three privileged GlusterFS nodes from the image of the
 * Dockerfile, with health checks, and a setup that waits for them; the image's entrypoint is the
 * launcher that server-config/install.sh installs, the one server-config/test-pool.sh starts on
 * every node; and that installed launcher, run as the entrypoint runs it (but for
 * {@code --with-glusterd}: no glusterd is started here), serves the gateway from a clean directory.
 */
class ComposeFileIT {

    static final Path TOP = Path.of("").toAbsolutePath();
    static final Path WORK = TOP.resolve("target/compose-it");
    static final List<String> NODES = List.of("gluster1", "gluster2", "gluster3");
    static final List<String> ENTRYPOINT = List.of("/usr/local/sbin/glusterrestd", "--with-glusterd");
    static final String SETUP_SCRIPT = "/usr/local/lib/glusterrestd/compose-setup.sh";

    static JsonObject services;
    static String dockerfile;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile(Files.createDirectories(WORK), "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(TOP.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        String errors = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, errors);
    }

    static Run run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @BeforeAll
    static void readTheFiles() throws Exception {
        assertEquals(0, run("sh", "-c", "command -v docker-compose").exitCode(),
                "docker-compose is missing: apt-get install docker-compose (Debian's validates without an engine)");
        var config = run("docker-compose", "-f", "docker-compose.yml", "config");
        assertEquals(0, config.exitCode(), config.err());
        // docker-compose is Python and brings PyYAML: the resolved file as JSON, for jakarta.json
        Path resolved = WORK.resolve("compose-config.yml");
        Files.writeString(resolved, config.out());
        var asJson = run("python3", "-c", "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1])), sys.stdout)",
                resolved.toString());
        assertEquals(0, asJson.exitCode(), asJson.err());
        services = json(asJson.out()).getJsonObject("services");
        dockerfile = Files.readString(TOP.resolve("Dockerfile"));
    }

    static List<String> strings(JsonValue value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof JsonString s) {
            return List.of(s.getString());
        }
        return value.asJsonArray().stream().map(v -> ((JsonString) v).getString()).toList();
    }

    @Test
    void theComposeFileIsValid() throws Exception {
        var quiet = run("docker-compose", "-f", "docker-compose.yml", "config", "-q");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.out());
        assertEquals(Set.of("gluster1", "gluster2", "gluster3", "setup"), services.keySet());
    }

    @Test
    void threePrivilegedNodesFromTheImageOfTheDockerfileWithHealthChecks() {
        Set<String> images = NODES.stream().map(n -> services.getJsonObject(n).getString("image")).collect(Collectors.toSet());
        assertEquals(1, images.size(), "one image for every node: " + images);
        List<String> published = new ArrayList<>();
        for (String name : NODES) {
            JsonObject node = services.getJsonObject(name);
            JsonObject build = node.getJsonObject("build");
            assertEquals(TOP.toString(), build.getString("context"), name + " is built from this tree");
            assertEquals("Dockerfile", build.getString("dockerfile", "Dockerfile"), name);
            assertFalse(node.containsKey("entrypoint") || node.containsKey("command"), name + " runs the image's entrypoint");
            assertEquals(name, node.getString("hostname"));
            assertTrue(node.getBoolean("privileged", false), name + " is privileged");
            assertTrue(strings(node.get("cap_add")).contains("SYS_ADMIN"), name + " has SYS_ADMIN");
            assertTrue(strings(node.get("devices")).stream().anyMatch(d -> d.startsWith("/dev/fuse:/dev/fuse")),
                    name + " has /dev/fuse");
            assertTrue(node.getBoolean("init", false), name + ": an init reaps GlusterFS's orphans under the gateway");
            JsonObject health = node.getJsonObject("healthcheck");
            assertTrue(strings(health.get("test")).stream().anyMatch(t -> t.contains("https://localhost:7443/health/ready")),
                    name + " health: " + health);
            List<String> volumes = strings(node.get("volumes"));
            for (String dir : List.of("/var/lib/glusterd", "/var/lib/glusterrestd", "/bricks")) {
                assertTrue(volumes.stream().anyMatch(v -> v.matches(name + "-[a-z]+:" + dir + "(:rw)?")),
                        name + " keeps " + dir + " in a named volume: " + volumes);
            }
            List<String> ports = strings(node.get("ports"));
            assertEquals(1, ports.size(), name + " " + ports);
            Matcher port = Pattern.compile("127\\.0\\.0\\.1:(\\d+):7443(/tcp)?").matcher(ports.get(0));
            assertTrue(port.matches(), name + " publishes 7443 on the host's loopback only: " + ports);
            published.add(port.group(1));
        }
        assertEquals(List.of("7443", "7444", "7445"), published);
    }

    @Test
    void setupWaitsForHealthyNodesAndReadsOnlyTheFirstPasswords() {
        JsonObject setup = services.getJsonObject("setup");
        assertEquals(services.getJsonObject("gluster1").getString("image"), setup.getString("image"));
        assertEquals(List.of(SETUP_SCRIPT), strings(setup.get("entrypoint")));
        JsonObject dependsOn = setup.getJsonObject("depends_on");
        for (String name : NODES) {
            assertEquals("service_healthy", dependsOn.getJsonObject(name).getString("condition"), name);
        }
        List<String> volumes = strings(setup.get("volumes"));
        assertTrue(volumes.contains("gluster1-state:/state/gluster1:ro"), volumes.toString());
        assertTrue(volumes.stream().allMatch(v -> v.endsWith(":ro")), "setup only reads: " + volumes);
        assertFalse(setup.getBoolean("privileged", false));
        assertTrue(Files.isExecutable(TOP.resolve("server-config/compose-setup.sh")));
        assertTrue(dockerfile.contains("/src/server-config/compose-setup.sh " + SETUP_SCRIPT),
                "the Dockerfile installs the setup script where the compose file runs it");
    }

    @Test
    void theImageRunsTheInstalledLauncherThatTheTestPoolRuns() throws Exception {
        Matcher entry = Pattern.compile("(?m)^ENTRYPOINT\\s+(\\[.*\\])\\s*$").matcher(dockerfile);
        assertTrue(entry.find(), "the Dockerfile has an exec-form ENTRYPOINT");
        JsonArray form;
        try (var reader = Json.createReader(new StringReader(entry.group(1)))) {
            form = reader.readArray();
        }
        assertEquals(ENTRYPOINT, strings(form));
        assertTrue(dockerfile.contains("PREFIX=/usr/local ") && dockerfile.contains("server-config/install.sh"),
                "the image is installed by install.sh under /usr/local");
        Matcher health = Pattern.compile("(?m)^\\s*CMD curl -fsk https://localhost:7443/health/ready").matcher(dockerfile);
        assertTrue(health.find(), "the image's HEALTHCHECK asks /health/ready");
        String pool = Files.readString(TOP.resolve("server-config/test-pool.sh"));
        assertTrue(pool.contains("PREFIX=\"$INSTALL\" SYSTEMD_DIR=\"$INSTALL/systemd\" bash \"$here/install.sh\""),
                "test-pool.sh installs with install.sh");
        assertTrue(pool.contains("\"$INSTALL/sbin/glusterrestd\" --with-glusterd"),
                "test-pool.sh starts <PREFIX>/sbin/glusterrestd --with-glusterd, as the image does");
        String install = Files.readString(TOP.resolve("server-config/install.sh"));
        assertTrue(install.contains("> \"$PREFIX/sbin/glusterrestd\""), "install.sh writes the launcher to <PREFIX>/sbin");
    }

    @Test
    void theBuildContextKeepsTheJarsAndLittleElse() throws Exception {
        // docker-py (a docker-compose dependency) applies .dockerignore as `docker build` does
        var context = run("python3", "-c", "import sys; from docker.utils.build import exclude_paths; "
                + "pats = [l.strip() for l in open('.dockerignore') if l.strip() and not l.startswith('#')]; "
                + "print('\\n'.join(sorted(exclude_paths('.', pats))))");
        assertEquals(0, context.exitCode(), context.err());
        Set<String> files = context.out().lines().collect(Collectors.toSet());
        for (String needed : List.of("target/glusterrestd.war", "target/payara-micro.jar", "target/gluster-restapi.jar",
                "server-config/install.sh", "server-config/glusterrestd", "server-config/glusterrestd.service",
                "server-config/compose-setup.sh", "README.md", "NOTICE")) {
            assertTrue(files.contains(needed), needed + " is in the build context: " + files);
        }
        assertTrue(files.stream().allMatch(f -> !f.startsWith("target/") || f.endsWith(".jar") || f.endsWith(".war")),
                "nothing else of target/: " + files);
        assertFalse(files.stream().anyMatch(f -> f.startsWith("src/") || f.startsWith(".git")), files.toString());
    }

    @Test
    void theInstalledEntrypointStartsTheGatewayOnACleanDirectory() throws Exception {
        Path prefix = WORK.resolve("prefix");
        Path state = WORK.resolve("state");
        Path runDir = WORK.resolve("run");
        for (Path p : List.of(prefix, state, runDir)) {
            deleteTree(p);
        }
        var install = run(Map.of("PREFIX", prefix.toString(), "SYSTEMD_DIR", prefix.resolve("systemd").toString()),
                "bash", "server-config/install.sh");
        assertEquals(0, install.exitCode(), install.err());
        String launcher = prefix.resolve("sbin/glusterrestd").toString();

        var version = run(launcher, "--version");
        var toolVersion = run(prefix.resolve("bin/gluster-restapi").toString(), "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertEquals(toolVersion.out().replace("gluster-restapi ", "glusterrestd "), version.out());
        assertTrue(version.out().matches("glusterrestd \\S+\\n"), version.out());

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // as the image runs it (its ENV and HTTPS on), without --with-glusterd: no glusterd may start here
        ProcessBuilder builder = new ProcessBuilder(launcher).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("gateway.log").toFile());
        builder.environment().putAll(Map.of("GLUSTERREST_STATE_DIR", state.toString(),
                "GLUSTERREST_RUN_DIR", runDir.toString(), "GLUSTERREST_PORT", String.valueOf(port),
                "GLUSTERREST_BIND", "127.0.0.1", "JAVA_OPTS", "-Xmx384m"));
        Process gateway = builder.start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            Path keystore = state.resolve("tls/keystore.p12");
            while (!Files.exists(state.resolve("tls/keystore.password")) || !Files.exists(keystore)) {
                assertTrue(gateway.isAlive() && System.nanoTime() < deadline, "the launcher made a keystore");
                Thread.sleep(100);
            }
            Thread.sleep(500);
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keystore))
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest live = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/health/live"))
                    .timeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> answer = null;
            while (answer == null || answer.statusCode() != 200) {
                assertTrue(gateway.isAlive() && System.nanoTime() < deadline, "the gateway answered within 150 s");
                try {
                    answer = client.send(live, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertTrue(answer.body().contains("\"status\":\"UP\""), answer.body());
            assertTrue(Files.exists(state.resolve("superuser.password")), "the first start made the superuser");
            String command = gateway.info().command().orElse("");
            assertTrue(command.endsWith("/java"), "the launcher's pid is the gateway's java: " + command);
        } finally {
            gateway.destroy();
            if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
                gateway.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = Files.readString(keystore.resolveSibling("keystore.password")).strip().toCharArray();
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
