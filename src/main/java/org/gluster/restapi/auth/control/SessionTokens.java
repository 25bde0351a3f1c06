package org.gluster.restapi.auth.control;

import static org.gluster.restapi.problems.AuthenticationFailedException.forbidden;
import static org.gluster.restapi.problems.AuthenticationFailedException.unauthorized;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
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
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.problems.AuthenticationFailedException;
import org.gluster.restapi.settings.Setting;
import org.gluster.restapi.settings.Settings;
import org.gluster.restapi.users.control.UserStore;
import org.gluster.restapi.users.entity.User;

/**
 * Session tokens (the /auth of the Storage Virtualize command-target conventions): RS256 with the
 * pool's key, carrying the MicroProfile JWT claims ({@code iss}, {@code sub}, {@code upn},
 * {@code groups}, {@code jti}, {@code iat}, {@code exp}) and the conventions' {@code sv: {"user": …}};
 * they live {@code restapitimeout} minutes, and end when their user's password changes ({@code pwv},
 * the password's version they were issued for; a token without it was issued for version 0). A token verified once is remembered ({@link VerifiedTokens})
 * and not verified again while its user (password, group, lockout) and the signing key are unchanged.
 */
@ApplicationScoped
public class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_VERSION = "pwv";

    @Inject
    SigningKey signingKey;

    @Inject
    Settings settings;

    @Inject
    UserStore users;

    @Inject
    VerifiedTokens verifiedTokens;

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
                .claim(PASSWORD_VERSION, user.passwordVersion())
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

    /** What a verification found and depended on: the user as read then and the key that verified. */
    record Verified(Caller caller, Instant expires, User user, String keyId) {
    }

    /**
     * The caller of {@code token} (whose parsed form is {@code jwt}), verified once and then remembered
     * until its {@code exp}, for as long as its user and the signing key are as they were then.
     */
    public Caller verify(String token, SignedJWT jwt) {
        Optional<Caller> remembered = remembered(token);
        if (remembered.isPresent()) {
            return remembered.get();
        }
        return verifyAndRemember(token, jwt);
    }

    /**
     * The caller of a session token verified before and still valid (see {@link #verify(String, SignedJWT)}),
     * before the token is even parsed; empty when it must be verified.
     */
    public Optional<Caller> remembered(String token) {
        Optional<Verified> found = verifiedTokens.get(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return stillValid(token, found.get());
    }

    private Caller verifyAndRemember(String token, SignedJWT jwt) {
        Verified verified = check(jwt);
        verifiedTokens.put(token, verified, clock.instant());
        return verified.caller();
    }

    public Caller verify(SignedJWT jwt) {
        return check(jwt).caller();
    }

    private Optional<Caller> stillValid(String token, Verified verified) {
        if (clock.instant().isBefore(verified.expires()) && verified.keyId().equals(signingKey.recentKey().getKeyID())
                && users.findRecent(verified.user().name()).filter(verified.user()::equals).isPresent()) {
            return Optional.of(verified.caller());
        }
        verifiedTokens.forget(token, verified);
        return Optional.empty();
    }

    Verified check(SignedJWT jwt) {
        try {
            RSAKey key = signingKey.key();
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                throw unauthorized("the session token's signature does not verify");
            }
            TokenShape.header(jwt, key.getKeyID(), "session");
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer())) {
                throw unauthorized("the session token was not issued by " + issuer);
            }
            Instant expires = TokenShape.epochSeconds(jwt, "exp", "session");
            if (expires == null || TokenShape.epochSeconds(jwt, "iat", "session") == null
                    || claims.getSubject() == null) {
                throw unauthorized("the session token lacks exp, iat or sub");
            }
            if (!clock.instant().isBefore(expires)) {
                throw forbidden("the session token expired: authorization lost, authenticate again at /rest/v1/auth");
            }
            User user = users.find(claims.getSubject())
                    .orElseThrow(() -> unauthorized("the session token's user no longer exists"));
            Object version = claims.getClaim(PASSWORD_VERSION);
            if (!(version == null ? user.passwordVersion() == 0 : version.equals((long) user.passwordVersion()))) {
                throw unauthorized("the session token was issued before the password of user " + user.name()
                        + " changed: authenticate again at /rest/v1/auth");
            }
            if (user.lockedAt(clock.instant().getEpochSecond())) {
                throw forbidden("user " + user.name() + " is locked");
            }
            return new Verified(new Caller(user.name(), user.group(), Caller.Kind.USER, null), expires, user,
                    key.getKeyID());
        } catch (JOSEException | java.text.ParseException e) {
            throw unauthorized("the session token cannot be read");
        }
    }
}
