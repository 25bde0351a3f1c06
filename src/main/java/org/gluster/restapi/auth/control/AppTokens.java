package org.gluster.restapi.auth.control;

import static org.gluster.restapi.problems.AuthenticationFailedException.unauthorized;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.apps.control.AppStore;
import org.gluster.restapi.apps.entity.App;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.problems.AuthenticationFailedException;

/**
 * App tokens of the GlusterFS REST API design: HS256 with the app's secret, {@code iss} the app id,
 * {@code iat}, {@code exp} and {@code qsh} required. The HMAC is checked here rather than by nimbus,
 * which refuses secrets shorter than 256 bits while the design's own example uses an 11-byte one.
 */
@ApplicationScoped
public class AppTokens {

    @Inject
    AppStore apps;

    @Inject
    @ConfigProperty(name = "glusterrest.auth.clock-skew", defaultValue = "60")
    long clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "glusterrest.auth.app-token-max-lifetime", defaultValue = "3600")
    long maxLifetimeSeconds;

    @Inject
    Clock clock;

    public Caller verify(SignedJWT jwt) {
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw unauthorized("an app token is signed HS256");
        }
        JWTClaimsSet claims = claims(jwt);
        String appId = claims.getIssuer();
        if (appId == null) {
            throw unauthorized("the app token lacks iss");
        }
        App app = apps.find(appId).orElseThrow(() -> unauthorized("iss names no registered app"));
        if (!signedWith(jwt, app.secret())) {
            throw unauthorized("the app token's signature does not verify with the secret of app " + appId);
        }
        TokenShape.header(jwt, appId, "app");
        Instant iat = TokenShape.epochSeconds(jwt, "iat", "app");
        Instant exp = TokenShape.epochSeconds(jwt, "exp", "app");
        Object qsh = claims.getClaim("qsh");
        if (iat == null || exp == null || !(qsh instanceof String)) {
            throw unauthorized("the app token lacks " + (iat == null ? "iat" : exp == null ? "exp" : "qsh"));
        }
        Instant now = clock.instant();
        Duration skew = Duration.ofSeconds(clockSkewSeconds);
        if (now.minus(skew).isAfter(exp)) {
            throw unauthorized("the app token expired (exp)");
        }
        if (iat.isAfter(now.plus(skew))) {
            throw unauthorized("the app token is issued in the future (iat)");
        }
        if (Duration.between(iat, exp).getSeconds() > maxLifetimeSeconds) {
            throw unauthorized("the app token lives longer than " + maxLifetimeSeconds + " s (exp - iat)");
        }
        return new Caller(app.id(), app.group(), Caller.Kind.APP, (String) qsh);
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw unauthorized("the app token's claims cannot be read");
        }
    }

    private static boolean signedWith(SignedJWT jwt, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(jwt.getSigningInput());
            return MessageDigest.isEqual(expected, jwt.getSignature().decode());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
