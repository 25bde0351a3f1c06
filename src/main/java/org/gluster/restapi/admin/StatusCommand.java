package org.gluster.restapi.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.events.entity.IntakeStatus;
import org.gluster.restapi.peers.control.PeerTargets;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Whether the gateway answers on this node and on every peer of the pool, and whether GlusterFS's
 * events flow to it on each node. Only the unauthenticated
 * liveness endpoint is asked and nothing secret is sent, so peers' certificates are not checked here.
 * When glusterd does not answer (within the clitimeout setting) the peers are unknown: it says why on
 * stderr and exits 1, unless this node's gateway is down (3).
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show glusterrestd on this node and on every peer.")
class StatusCommand implements Callable<Integer> {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"");

    @Mixin
    StateDirOption state;

    @Option(names = "--gluster", paramLabel = "COMMAND", defaultValue = "gluster",
            description = "the gluster CLI (default: ${DEFAULT-VALUE})")
    String gluster;

    @Override
    public Integer call() throws Exception {
        Settings settings = state.settings();
        boolean https = "enabled".equals(settings.value(Setting.HTTPS));
        String port = settings.value(Setting.PORT);
        HttpClient http = client();
        String health = health(http, https, "127.0.0.1", port);
        boolean up = health != null;
        state.out().printf("this node: glusterrestd %s, %s on port %s, auth %s, version %s (tool %s)%n",
                up ? "up" : "DOWN", https ? "https" : "http", port, settings.value(Setting.AUTH),
                up ? versionIn(health) : "-", Version.current());
        List<String> peers = peers(settings);
        if (peers == null) {
            state.out().println("peers: glusterd does not answer on this node");
        } else if (peers.isEmpty()) {
            state.out().println("peers: none, a one-node pool");
        } else {
            for (String peer : peers) {
                state.out().printf("peer %-30s glusterrestd %s%n", peer,
                        health(http, https, peer, port) != null ? "up" : "DOWN");
            }
        }
        events();
        return !up ? GlusterRestApi.DOWN : peers == null ? GlusterRestApi.FAILED : 0;
    }

    /** How events flow on each node, as each gateway last wrote it to the pool state. */
    private void events() {
        var nodes = state.files().read(IntakeStatus.FILE, IntakeStatus.Pool.class).orElseGet(IntakeStatus.Pool::empty)
                .nodes();
        if (nodes.isEmpty()) {
            state.out().println("events: no gateway has registered with glustereventsd yet");
        }
        nodes.values().stream().sorted(Comparator.comparing(IntakeStatus::hostname)).forEach(node ->
                state.out().printf("events %-30s %s (checked %s, last event %s)%n", node.hostname(),
                        node.problem() == null ? "flowing: glustereventsd pid " + node.daemon() + " posts to " + node.url()
                                : "NOT flowing: " + node.problem(), node.checked(),
                        node.lastEvent() == null ? "none since the gateway started" : node.lastEvent()));
    }

    /** The liveness answer of the gateway on {@code host}, or null when it does not answer UP. */
    private static String health(HttpClient http, boolean https, String host, String port) {
        try {
            URI uri = URI.create((https ? "https://" : "http://") + host + ":" + port + "/health/live");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? answer.body() : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String versionIn(String health) {
        Matcher version = VERSION.matcher(health);
        return version.find() ? version.group(1) : "unknown";
    }

    private List<String> peers(Settings settings) {
        try {
            List<String> names = new ArrayList<>();
            for (XmlNode peer : new Gluster(gluster, settings).run(PeerTargets.POOL_LIST.build(List.of(), Map.of())).xml()
                    .path("peerStatus").children("peer")) {
                String name = peer.text("hostname");
                if (!"localhost".equals(name)) {
                    names.add(name);
                }
            }
            return names;
        } catch (ToolException e) {
            state.err().println("gluster-restapi: " + e.getMessage());
            return null;
        }
    }

    private static HttpClient client() throws GeneralSecurityException {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(3)).build();
    }
}
