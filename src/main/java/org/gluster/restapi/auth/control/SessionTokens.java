package org.gluster.restapi.auth.control;

import static org.gluster.restapi.auth.control.AuthenticationFailedException.forbidden;
import static org.gluster.restapi.auth.control.AuthenticationFailedException.unauthorized;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.users.control.UserStore;
import org.gluster.restapi.users.entity.User;

/**
 * Session tokens (the /auth of the Storage Virtualize command-target conventions): RS256 with the
 * pool's key, carrying the MicroProfile JWT claims ({@code iss}, {@code sub}, {@code upn},
 * {@code groups}, {@code jti}, {@code iat}, {@code exp}) and the conventions' {@code sv: {"user": …}};
 * they live {@code restapitimeout} minutes.
 */
@ApplicationScoped
public class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SigningKey signingKey;

    @Inject
    Settings settings;

    @Inject
    UserStore users;

    @Inject
    @ConfigProperty(name = "glusterrest.token.issuer", defaultValue = "glusterrestd")
    String issuer;

    @Inject
    Clock clock;

    public String issue(User user) {
        Instant now = clock.instant();
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(user.name())
                .claim("upn", user.name())
                .claim("groups", List.of(user.group()))
                .jwtID(HexFormat.of().formatHex(jti))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60L * settings.intValue(Setting.RESTAPITIMEOUT))))
                .claim("sv", Map.of("user", user.name()))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(signingKey.key().getKeyID()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(signingKey.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("the session token could not be signed", e);
        }
        return jwt.serialize();
    }

    public Caller verify(SignedJWT jwt) {
        try {
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(signingKey.key().toRSAPublicKey()))) {
                throw unauthorized("the session token's signature does not verify");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                throw unauthorized("the session token was not issued by " + issuer);
            }
            if (claims.getExpirationTime() == null || claims.getSubject() == null) {
                throw unauthorized("the session token lacks exp or sub");
            }
            if (!clock.instant().isBefore(claims.getExpirationTime().toInstant())) {
                throw forbidden("the session token expired: authorization lost, authenticate again at /rest/v1/auth");
            }
            User user = users.find(claims.getSubject())
                    .orElseThrow(() -> unauthorized("the session token's user no longer exists"));
            if (user.lockedAt(clock.instant().getEpochSecond())) {
                throw forbidden("user " + user.name() + " is locked");
            }
            return new Caller(user.name(), user.group(), Caller.Kind.USER, null);
        } catch (JOSEException | java.text.ParseException e) {
            throw unauthorized("the session token cannot be read");
        }
    }
}
