package org.gluster.restapi.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.problems.AuthenticationFailedException;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.state.StateFiles;
import org.gluster.restapi.state.StateLocation;
import org.gluster.restapi.time.TestClock;
import org.gluster.restapi.users.control.UserStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JWT attack matrix: every case against both token kinds' real verification (Credentials,
 * SessionTokens with its remembered verifications, AppTokens, Qsh) and through both headers. Each
 * attack is a change of a token that the controls (the first rows) show is accepted as made, so a
 * refusal is the attack's doing. The request every token is checked against is
 * {@code POST /rest/v1/lsuser} with an empty body, as QshFilter checks it.
 */
class TokenAttackMatrixTest {

    static final Instant T0 = Instant.parse("2030-01-15T08:00:00Z");
    static final long NOW = T0.getEpochSecond();
    static final String SECRET = "hello world";
    static final String METHOD = "POST";
    static final String PATH = "/rest/v1/lsuser";
    static final String QSH = Qsh.of(METHOD, PATH, null, new byte[0]);
    static final String RS256 = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    static final String SESSION = "{\"iss\":\"glusterrestd\",\"sub\":\"alice\",\"upn\":\"alice\",\"groups\":[\"Administrator\"],"
            + "\"iat\":" + NOW + ",\"exp\":" + (NOW + 1800) + "}";
    static final String APP = "{\"iss\":\"monitoring\",\"iat\":" + NOW + ",\"exp\":" + (NOW + 300) + ",\"qsh\":\"" + QSH + "\"}";
    static final RSAKey ATTACKER;

    static {
        try {
            ATTACKER = new RSAKeyGenerator(2048).keyID("attacker").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    enum Header { X_AUTH_TOKEN, BEARER }

    /** What one case does: makes its token from the pool as it is, and may change the pool before it is used. */
    record Attack(String name, int status, Function<TokenAttackMatrixTest, String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path state;

    final TestClock clock = new TestClock(T0);
    StateFiles files;
    UserStore users;
    AppStore apps;
    SigningKey signingKey;
    Credentials credentials;

    /** One pool key for every case, written into each case's state: making one takes a fifth of a second. */
    static final byte[] POOL_KEY;
    /** users.json with alice, made once: a password hash takes a tenth of a second. */
    static final byte[] USERS;

    static {
        try {
            Path template = Files.createTempDirectory("attack-matrix");
            new UserStore(StateLocation.fixed(template, Runnable::run).get())
                    .createIfAbsent("alice", Roles.ADMINISTRATOR, "alicepassword".toCharArray(), false);
            USERS = Files.readAllBytes(template.resolve("users.json"));
            try (var files = Files.walk(template)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            RSAKey pool = new RSAKeyGenerator(2048).generate();
            POOL_KEY = ("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(
                    pool.toRSAPrivateKey().getEncoded()) + "\n-----END PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void open() throws Exception {
        Files.write(state.resolve(SigningKey.FILE), POOL_KEY);
        files = StateLocation.fixed(state, Runnable::run).get();
        Files.write(state.resolve("users.json"), USERS);
        users = new UserStore(files);
        new Settings(files).set(Setting.RESTAPITIMEOUT, "30");
        apps = new AppStore(files);
        apps.put(new App("monitoring", SECRET, Roles.MONITOR));
        signingKey = new SigningKey();
        signingKey.state = files;
        SessionTokens session = new SessionTokens();
        session.signingKey = signingKey;
        session.settings = new Settings(files);
        session.users = users;
        session.issuer = "glusterrestd";
        session.clock = clock;
        session.verifiedTokens = new VerifiedTokens();
        session.verifiedTokens.capacity = 100;
        AppTokens app = new AppTokens();
        app.apps = apps;
        app.clock = clock;
        app.clockSkewSeconds = 60;
        app.maxLifetimeSeconds = 3600;
        credentials = new Credentials();
        credentials.sessionTokens = session;
        credentials.appTokens = app;
    }

    static Stream<Arguments> controls() {
        return Stream.of(Arguments.of("session", Header.X_AUTH_TOKEN), Arguments.of("session", Header.BEARER),
                Arguments.of("app", Header.BEARER));
    }

    @ParameterizedTest(name = "{0} token through {1} is accepted")
    @MethodSource("controls")
    void theUnchangedTokensAreAccepted(String kind, Header header) {
        String token = kind.equals("session") ? rs256(RS256, SESSION) : hs256(HS256, APP, SECRET);
        Caller caller = authenticate(header, token);
        assertEquals(kind.equals("session") ? "alice" : "monitoring", caller.name());
        assertEquals(caller, authenticate(header, token), "and again (a remembered session token)");
    }

    static Stream<Arguments> attacks() {
        List<Attack> attacks = new ArrayList<>();
        String sessionClaims = SESSION;
        String appClaims = APP;
        for (String none : List.of("none", "None", "NONE", "nOnE")) {
            String header = "{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}";
            attacks.add(new Attack("session alg " + none, 401, t -> b64(header) + "." + b64(sessionClaims) + "."));
            attacks.add(new Attack("app alg " + none, 401, t -> b64(header) + "." + b64(appClaims) + "."));
            attacks.add(new Attack("session alg " + none + " keeping the signature", 401,
                    t -> withHeader(t.rs256(RS256, sessionClaims), header)));
            attacks.add(new Attack("app alg " + none + " keeping the signature", 401,
                    t -> withHeader(t.hs256(HS256, appClaims, SECRET), header)));
        }
        // alg confusion: HS256 keyed with what is public about the pool's key
        attacks.add(new Attack("HS256 session claims, the public key (X.509 DER) as secret", 401,
                t -> t.hs256(HS256, sessionClaims, t.publicKey().getEncoded())));
        attacks.add(new Attack("HS256 session claims, the public key (PEM) as secret", 401,
                t -> t.hs256(HS256, sessionClaims, t.publicPem())));
        attacks.add(new Attack("HS256 session claims, the JWK as secret", 401,
                t -> t.hs256(HS256, sessionClaims, t.publicJwk())));
        attacks.add(new Attack("HS256 app claims of a real app, the public key (PEM) as secret", 401,
                t -> t.hs256(HS256, appClaims, t.publicPem())));
        attacks.add(new Attack("HS256 app claims of a real app, the JWK as secret", 401,
                t -> t.hs256(HS256, appClaims, t.publicJwk())));
        attacks.add(new Attack("RS256 header on an app token signed with the app's secret", 401,
                t -> t.hs256(RS256, appClaims, SECRET)));
        attacks.add(new Attack("HS512 app token", 401, t -> t.hmac("{\"alg\":\"HS512\"}", appClaims, SECRET, "HmacSHA512")));
        attacks.add(new Attack("HS384 app token", 401, t -> t.hmac("{\"alg\":\"HS384\"}", appClaims, SECRET, "HmacSHA384")));
        attacks.add(new Attack("PS256 session token", 401, t -> t.signed("{\"alg\":\"PS256\"}", sessionClaims)));
        // keys named elsewhere
        String jwk = ATTACKER.toPublicJWK().toJSONString();
        for (String[] h : List.of(
                new String[]{"kid", "\"kid\":\"attacker\""},
                new String[]{"kid path", "\"kid\":\"../../../../dev/null\""},
                new String[]{"jku", "\"jku\":\"https://attacker.example/jwks.json\""},
                new String[]{"x5u", "\"x5u\":\"https://attacker.example/cert.pem\""},
                new String[]{"jwk", "\"jwk\":" + jwk})) {
            String rs = "{\"alg\":\"RS256\"," + h[1] + "}";
            String hs = "{\"alg\":\"HS256\"," + h[1] + "}";
            attacks.add(new Attack("session " + h[0] + " header, signed with the attacker's key", 401,
                    t -> sign(ATTACKER, rs, sessionClaims)));
            attacks.add(new Attack("session " + h[0] + " header, signed with the pool's key", 401,
                    t -> t.rs256(rs, sessionClaims)));
            attacks.add(new Attack("app " + h[0] + " header, signed with the app's secret", 401,
                    t -> t.hs256(hs, appClaims, SECRET)));
        }
        attacks.add(new Attack("session crit of an unknown header", 401,
                t -> t.rs256("{\"alg\":\"RS256\",\"crit\":[\"glusterrest\"],\"glusterrest\":1}", sessionClaims)));
        attacks.add(new Attack("app crit of an unknown header", 401,
                t -> t.hs256("{\"alg\":\"HS256\",\"crit\":[\"glusterrest\"],\"glusterrest\":1}", appClaims, SECRET)));
        attacks.add(new Attack("app crit exp", 401,
                t -> t.hs256("{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}", appClaims, SECRET)));
        attacks.add(new Attack("app unencoded payload (b64 false)", 401,
                t -> t.hs256("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}", appClaims, SECRET)));
        // nested tokens
        attacks.add(new Attack("a real session token nested in an app-signed JWS", 401,
                t -> t.hs256Raw("{\"alg\":\"HS256\",\"cty\":\"JWT\"}", t.rs256(RS256, sessionClaims), SECRET)));
        attacks.add(new Attack("a real app token nested in a pool-signed JWS", 401,
                t -> t.rs256Raw("{\"alg\":\"RS256\",\"cty\":\"JWT\"}", t.hs256(HS256, appClaims, SECRET))));
        attacks.add(new Attack("a real session token nested in an unsigned JWS", 401,
                t -> b64("{\"alg\":\"none\",\"cty\":\"JWT\"}") + "." + b64(t.rs256(RS256, sessionClaims)) + "."));
        attacks.add(new Attack("JWE-shaped (five parts)", 401,
                t -> b64("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}") + ".." + b64("iv") + "." + b64(sessionClaims) + "." + b64("tag")));
        // duplicate members
        attacks.add(new Attack("session duplicate sub", 401,
                t -> t.rs256(RS256, sessionClaims.replace("\"sub\":\"alice\"", "\"sub\":\"alice\",\"sub\":\"nobody\""))));
        attacks.add(new Attack("app duplicate iss", 401,
                t -> t.hs256(HS256, appClaims.replace("\"iss\":\"monitoring\"", "\"iss\":\"monitoring\",\"iss\":\"other\""), SECRET)));
        attacks.add(new Attack("app duplicate exp", 401,
                t -> t.hs256(HS256, appClaims.replace("\"qsh\"", "\"exp\":" + (NOW + 86400) + ",\"qsh\""), SECRET)));
        attacks.add(new Attack("session duplicate alg", 401,
                t -> withHeader(t.rs256(RS256, sessionClaims), "{\"alg\":\"RS256\",\"alg\":\"none\"}")));
        // exp and iat of the wrong type or range
        for (String[] v : List.of(new String[]{"a string", "\"%d\""}, new String[]{"a float", "%d.5"},
                new String[]{"an exponent", "%de0"}, new String[]{"2^63", "9223372036854775808"},
                new String[]{"2^63-1", "9223372036854775807"}, new String[]{"2^64+now", "1844674407370955%d"},
                new String[]{"negative", "-%d"}, new String[]{"null", "null"}, new String[]{"an object", "{\"s\":%d}"},
                new String[]{"an array", "[%d]"}, new String[]{"true", "true"})) {
            String exp = v[1].contains("%d") ? v[1].formatted(NOW + 600) : v[1];
            String iat = v[1].contains("%d") ? v[1].formatted(NOW) : v[1];
            attacks.add(new Attack("session exp " + v[0], 401,
                    t -> t.rs256(RS256, sessionClaims.replace("\"exp\":" + (NOW + 1800), "\"exp\":" + exp))));
            attacks.add(new Attack("app exp " + v[0], 401,
                    t -> t.hs256(HS256, appClaims.replace("\"exp\":" + (NOW + 300), "\"exp\":" + exp), SECRET)));
            attacks.add(new Attack("app iat " + v[0], 401,
                    t -> t.hs256(HS256, appClaims.replace("\"iat\":" + NOW, "\"iat\":" + iat), SECRET)));
            attacks.add(new Attack("session iat " + v[0], 401,
                    t -> t.rs256(RS256, sessionClaims.replace("\"iat\":" + NOW, "\"iat\":" + iat))));
        }
        // missing claims
        for (String claim : List.of("iss", "sub", "exp")) {
            attacks.add(new Attack("session without " + claim, 401, t -> t.rs256(RS256, without(sessionClaims, claim))));
        }
        for (String claim : List.of("iss", "iat", "exp", "qsh")) {
            attacks.add(new Attack("app without " + claim, 401, t -> t.hs256(HS256, without(appClaims, claim), SECRET)));
        }
        attacks.add(new Attack("session of another issuer", 401,
                t -> t.rs256(RS256, sessionClaims.replace("glusterrestd", "someone-else"))));
        attacks.add(new Attack("app qsh as a number", 401,
                t -> t.hs256(HS256, appClaims.replace("\"" + QSH + "\"", "1"), SECRET)));
        // qsh for another request
        for (String[] other : List.of(new String[]{"method", "GET", PATH, ""}, new String[]{"path", METHOD, "/rest/v1/lsusergrp", ""},
                new String[]{"path case", METHOD, "/REST/v1/lsuser", ""}, new String[]{"body", METHOD, PATH, "{}"},
                new String[]{"body null", METHOD, PATH, "null"})) {
            String qsh = Qsh.of(other[1], other[2], null, other[3].getBytes(StandardCharsets.UTF_8));
            attacks.add(new Attack("app qsh of another " + other[0], 401,
                    t -> t.hs256(HS256, appClaims.replace(QSH, qsh), SECRET)));
        }
        String getWithQuery = Qsh.of("GET", PATH, "a=1", new byte[0]);
        attacks.add(new Attack("app qsh of another query", 401, t -> t.hs256(HS256, appClaims.replace(QSH, getWithQuery), SECRET)));
        attacks.add(new Attack("app qsh upper case of another request", 401,
                t -> t.hs256(HS256, appClaims.replace(QSH, Qsh.of("GET", PATH, null, new byte[0]).toUpperCase()), SECRET)));
        // the pool changed after the token was made
        attacks.add(new Attack("session of a deleted user", 401, t -> t.then(t.rs256(RS256, sessionClaims), () -> t.users.remove("alice"))));
        attacks.add(new Attack("session of a locked user", 403,
                t -> t.then(t.rs256(RS256, sessionClaims), () -> t.users.recordFailure("alice", 1, NOW + 600))));
        attacks.add(new Attack("session expired", 403,
                t -> t.then(t.rs256(RS256, sessionClaims), () -> t.clock.advance(Duration.ofMinutes(30)))));
        attacks.add(new Attack("session after the signing key rotated", 401,
                t -> t.then(t.rs256(RS256, sessionClaims), t::rotateKey)));
        attacks.add(new Attack("app of a deleted app", 401, t -> t.then(t.hs256(HS256, appClaims, SECRET), () -> t.apps.delete("monitoring"))));
        attacks.add(new Attack("app after its secret was reset", 401,
                t -> t.then(t.hs256(HS256, appClaims, SECRET), () -> t.apps.resetSecret("monitoring", "a new secret"))));
        attacks.add(new Attack("app expired beyond the skew", 401,
                t -> t.then(t.hs256(HS256, appClaims, SECRET), () -> t.clock.advance(Duration.ofSeconds(361)))));
        attacks.add(new Attack("app signed with an empty secret", 401, t -> t.hs256(HS256, appClaims, "")));
        // truncated and oversized
        attacks.add(new Attack("session without its signature", 401, t -> cut(t.rs256(RS256, sessionClaims), 1)));
        attacks.add(new Attack("session with its last character cut", 401, t -> chop(t.rs256(RS256, sessionClaims), 1)));
        attacks.add(new Attack("session with half its signature", 401, t -> chop(t.rs256(RS256, sessionClaims), 171)));
        attacks.add(new Attack("session of two parts", 401, t -> cut(t.rs256(RS256, sessionClaims), 2)));
        attacks.add(new Attack("session header only", 401, t -> t.rs256(RS256, sessionClaims).split("\\.")[0]));
        attacks.add(new Attack("app without its signature", 401, t -> cut(t.hs256(HS256, appClaims, SECRET), 1)));
        attacks.add(new Attack("app with its last character cut", 401, t -> chop(t.hs256(HS256, appClaims, SECRET), 1)));
        attacks.add(new Attack("app with a signature one byte longer", 401, t -> t.hs256(HS256, appClaims, SECRET) + "AA"));
        attacks.add(new Attack("session padded past 8192 characters", 401,
                t -> t.rs256(RS256, sessionClaims.replace("}", ",\"pad\":\"" + "x".repeat(8192) + "\"}"))));
        attacks.add(new Attack("app padded past 8192 characters", 401,
                t -> t.hs256(HS256, appClaims.replace("}", ",\"pad\":\"" + "x".repeat(8192) + "\"}"), SECRET)));
        attacks.add(new Attack("a megabyte of dots", 401, t -> ".".repeat(1 << 20)));
        attacks.add(new Attack("empty", 401, t -> ""));
        attacks.add(new Attack("base64 padding and white space", 401, t -> t.rs256(RS256, sessionClaims).replace(".", "=.\n")));
        return attacks.stream().flatMap(a -> Stream.of(Arguments.of(a, Header.X_AUTH_TOKEN), Arguments.of(a, Header.BEARER)));
    }

    @ParameterizedTest(name = "{0} token sent twice")
    @MethodSource("controls")
    void aTokenHeaderSentTwiceIsRefused(String kind, Header header) {
        String token = kind.equals("session") ? rs256(RS256, SESSION) : hs256(HS256, APP, SECRET);
        String value = header == Header.X_AUTH_TOKEN ? token : "Bearer " + token;
        List<String> twice = List.of(value, value);
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class,
                () -> credentials.authenticate(header == Header.X_AUTH_TOKEN ? twice : List.of(),
                        header == Header.X_AUTH_TOKEN ? List.of() : twice));
        assertEquals(401, refused.status());
        assertEquals("alice", credentials.authenticate(List.of(rs256(RS256, SESSION)), List.of("Basic eDp5")).name(),
                "one X-Auth-Token beside another Authorization scheme is the X-Auth-Token's");
    }

    @ParameterizedTest(name = "{0} through {1}")
    @MethodSource("attacks")
    void everyAttackIsRefusedWithItsStatus(Attack attack, Header header) {
        String token = attack.token().apply(this);
        int expected = header == Header.X_AUTH_TOKEN && !isSessionShaped(attack) ? 401 : attack.status();
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class,
                () -> authenticate(header, token), attack.name());
        assertEquals(expected, refused.status(), attack.name() + ": " + refused.getMessage());
    }

    /** The credentials' verdict, then QshFilter's for an app caller, for POST /rest/v1/lsuser with no body. */
    Caller authenticate(Header header, String token) {
        Caller caller = header == Header.X_AUTH_TOKEN ? credentials.authenticate(token, null)
                : credentials.authenticate(null, "Bearer " + token);
        if (caller.kind() == Caller.Kind.APP && !Qsh.matches(caller.qsh(), QSH)) {
            throw AuthenticationFailedException.unauthorized("qsh does not match");
        }
        return caller;
    }

    private static boolean isSessionShaped(Attack attack) {
        return attack.name().startsWith("session");
    }

    String then(String token, Runnable change) {
        change.run();
        return token;
    }

    void rotateKey() {
        try {
            Files.delete(state.resolve(SigningKey.FILE));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        signingKey.key();
    }

    java.security.interfaces.RSAPublicKey publicKey() {
        try {
            return signingKey.key().toRSAPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] publicPem() {
        return ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n").getBytes(StandardCharsets.US_ASCII);
    }

    byte[] publicJwk() {
        return signingKey.publicKeys().toString().getBytes(StandardCharsets.UTF_8);
    }

    String rs256(String header, String claims) {
        return sign(signingKey.key(), header, claims);
    }

    String rs256Raw(String header, String payload) {
        return sign(signingKey.key(), header, payload);
    }

    String signed(String header, String claims) {
        return sign(signingKey.key(), header, claims);
    }

    String hs256(String header, String claims, String secret) {
        return hs256(header, claims, secret.getBytes(StandardCharsets.UTF_8));
    }

    String hs256(String header, String claims, byte[] secret) {
        return hmac(header, claims, secret, "HmacSHA256");
    }

    String hs256Raw(String header, String payload, String secret) {
        return hs256(header, payload, secret);
    }

    String hmac(String header, String claims, String secret, String algorithm) {
        return hmac(header, claims, secret.getBytes(StandardCharsets.UTF_8), algorithm);
    }

    String hmac(String header, String claims, byte[] secret, String algorithm) {
        String input = b64(header) + "." + b64(claims);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, algorithm));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(RSAKey key, String header, String claims) {
        String input = b64(header) + "." + b64(claims);
        try {
            boolean pss = header.contains("PS256");
            Signature rsa = Signature.getInstance(pss ? "RSASSA-PSS" : "SHA256withRSA");
            if (pss) {
                rsa.setParameter(new java.security.spec.PSSParameterSpec("SHA-256", "MGF1",
                        java.security.spec.MGF1ParameterSpec.SHA256, 32, 1));
            }
            rsa.initSign(key.toRSAPrivateKey());
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String withHeader(String token, String header) {
        String[] parts = token.split("\\.", -1);
        return b64(header) + "." + parts[1] + "." + parts[2];
    }

    static String without(String claims, String claim) {
        return claims.replaceAll("\"" + claim + "\":(\"[^\"]*\"|\\[[^]]*]|\\d+),?", "").replace(",}", "}");
    }

    static String cut(String token, int parts) {
        String[] split = token.split("\\.", -1);
        return String.join(".", List.of(split).subList(0, split.length - parts)) + (parts == 1 ? "." : "");
    }

    static String chop(String token, int characters) {
        return token.substring(0, token.length() - characters);
    }

    static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
