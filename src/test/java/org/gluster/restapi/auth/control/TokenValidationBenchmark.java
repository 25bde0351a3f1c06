package org.gluster.restapi.auth.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.users.control.UserStore;

/**
 * Prints what validating one token costs: a session token (RS256, user looked up; at its first use
 * and once remembered) and an app
 * token (HS256, app looked up), plus the qsh of a request. Run by src/test/bench/token-validation.sh.
 */
public final class TokenValidationBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("token-bench");
        StateFiles files = StateLocation.fixed(dir, Runnable::run).get();
        UserStore users = new UserStore(files);
        users.createIfAbsent("bench", Roles.ADMINISTRATOR, "benchpassword".toCharArray(), false);
        AppStore apps = new AppStore(files);
        apps.put(new App("benchapp", "benchsecret", Roles.ADMINISTRATOR));

        SigningKey key = new SigningKey();
        key.state = files;
        SessionTokens sessions = new SessionTokens();
        sessions.signingKey = key;
        sessions.settings = new Settings(files);
        sessions.users = users;
        sessions.verifiedTokens = new VerifiedTokens();
        sessions.verifiedTokens.capacity = 10_000;
        sessions.issuer = "glusterrestd";
        sessions.clock = Clock.systemUTC();
        AppTokens appTokens = new AppTokens();
        appTokens.apps = apps;
        appTokens.clockSkewSeconds = 60;
        appTokens.maxLifetimeSeconds = 3600;
        appTokens.clock = Clock.systemUTC();
        Credentials credentials = new Credentials();
        credentials.sessionTokens = sessions;
        credentials.appTokens = appTokens;

        String session = sessions.issue(users.find("bench").orElseThrow());
        settle(dir);
        String app = appToken();
        report("session token, first use (RS256, X-Auth-Token)", rounds, () -> {
            sessions.verifiedTokens.capacity = 0;
            credentials.authenticate(session, null);
        });
        sessions.verifiedTokens.capacity = 10_000;
        report("session token, remembered (X-Auth-Token)", rounds, () -> credentials.authenticate(session, null));
        report("app token (HS256, Authorization: Bearer)", rounds,
                () -> credentials.authenticate(null, "Bearer " + app));
        report("qsh of a 1 KiB body", rounds, () -> Qsh.of("POST", "/v1/volumes/gv0/options", null, new byte[1024]));
    }

    /** Files written a minute ago, as on a running gateway: the state's cache re-reads files younger than 2 s. */
    private static void settle(Path dir) throws java.io.IOException {
        java.nio.file.attribute.FileTime minuteAgo = java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60));
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, minuteAgo);
            }
        }
    }

    private static void report(String what, int rounds, Runnable validation) {
        for (int i = 0; i < rounds / 4; i++) {
            validation.run();
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            validation.run();
        }
        double micros = (System.nanoTime() - started) / 1e3 / rounds;
        System.out.printf("%-42s %8.1f µs per validation (%d rounds after %d warm-up)%n", what, micros, rounds,
                rounds / 4);
    }

    private static String appToken() throws Exception {
        long now = Instant.now().getEpochSecond();
        String qsh = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("GET\n/v1/volumes".getBytes(StandardCharsets.UTF_8)));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"iss\":\"benchapp\",\"iat\":%d,\"exp\":%d,\"qsh\":\"%s\"}"
                .formatted(now, now + 3000, qsh).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("benchsecret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }
}
