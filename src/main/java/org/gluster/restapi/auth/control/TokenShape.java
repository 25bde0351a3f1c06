package org.gluster.restapi.auth.control;

import static org.gluster.restapi.problems.AuthenticationFailedException.unauthorized;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;

/**
 * What both token kinds must look like beyond their signature, checked before their claims are
 * believed. The gateway fetches no key and understands no JOSE extension, so a header that names a
 * key elsewhere ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}, {@code x5t}), a {@code kid} that is
 * not the one expected, a critical extension ({@code crit}, which RFC 7515 requires a verifier that
 * does not understand it to refuse, {@code b64}) or a nested token ({@code cty}) is refused even when
 * the signature verifies. {@code iat} and {@code exp} are whole seconds from 1970 to 9999: floats,
 * strings and numbers past 2^63 are refused rather than rounded or wrapped.
 */
final class TokenShape {

    /** 9999-12-31T23:59:59Z: beyond it the seconds would overflow in milliseconds and mean nothing. */
    static final long LAST_SECOND = 253_402_300_799L;

    private TokenShape() {
    }

    /** Refuses the header extensions and foreign keys above; {@code expectedKid} may be null (no kid allowed then). */
    static void header(SignedJWT jwt, String expectedKid, String kind) {
        JWSHeader header = jwt.getHeader();
        String named = header.getJWKURL() != null ? "jku" : header.getX509CertURL() != null ? "x5u"
                : header.getJWK() != null ? "jwk" : header.getX509CertChain() != null ? "x5c"
                : header.getX509CertThumbprint() != null || header.getX509CertSHA256Thumbprint() != null ? "x5t"
                : null;
        if (named != null) {
            throw unauthorized("the " + kind + " token names a key elsewhere (" + named + "); the gateway fetches none");
        }
        if (header.getCriticalParams() != null || !header.isBase64URLEncodePayload()) {
            throw unauthorized("the " + kind + " token has critical extensions (crit); the gateway understands none");
        }
        if (header.getContentType() != null) {
            throw unauthorized("the " + kind + " token is nested (cty); the gateway reads flat tokens only");
        }
        if (header.getKeyID() != null && !header.getKeyID().equals(expectedKid)) {
            throw unauthorized("the " + kind + " token names another key (kid)");
        }
    }

    /** The claim as whole seconds since 1970, or null when it is absent. */
    static Instant epochSeconds(SignedJWT jwt, String claim, String kind) {
        Object value = jwt.getPayload().toJSONObject().get(claim);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long || value instanceof Integer)
                || ((Number) value).longValue() < 0 || ((Number) value).longValue() > LAST_SECOND) {
            throw unauthorized("the " + kind + " token's " + claim + " is not whole seconds since 1970");
        }
        return Instant.ofEpochSecond(((Number) value).longValue());
    }
}
