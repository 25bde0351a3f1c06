package org.gluster.restapi.auth.control;

import static org.gluster.restapi.problems.AuthenticationFailedException.unauthorized;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.problems.AuthenticationFailedException;

/**
 * Tells the two token kinds apart and has each verified: {@code X-Auth-Token} carries session
 * tokens only; {@code Authorization: Bearer} carries either, told apart by the algorithm, so a
 * token of one kind can never pass for the other. An {@code X-Auth-Token} verified before (only RS256
 * session tokens are remembered) is looked up before it is parsed.
 */
@ApplicationScoped
public class Credentials {

    static final int MAX_TOKEN_LENGTH = 8192;
    private static final String BEARER = "Bearer ";

    @Inject
    SessionTokens sessionTokens;

    @Inject
    AppTokens appTokens;

    /**
     * The caller of a request with these values of X-Auth-Token and of Authorization. A header sent
     * more than once is refused: a proxy in front may have read another one than this gateway would.
     */
    public Caller authenticate(List<String> xAuthTokens, List<String> authorizations) {
        if (xAuthTokens.size() > 1 || authorizations.size() > 1) {
            throw unauthorized("send X-Auth-Token or Authorization once, not " + (xAuthTokens.size() > 1
                    ? xAuthTokens.size() + " X-Auth-Token" : authorizations.size() + " Authorization") + " headers");
        }
        return authenticate(xAuthTokens.isEmpty() ? null : xAuthTokens.get(0),
                authorizations.isEmpty() ? null : authorizations.get(0));
    }

    public Caller authenticate(String xAuthToken, String authorization) {
        if (xAuthToken != null) {
            Optional<Caller> remembered = remembered(xAuthToken);
            if (remembered.isPresent()) {
                return remembered.get();
            }
            SignedJWT jwt = parse(xAuthToken);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                throw unauthorized("X-Auth-Token carries a session token from /rest/v1/auth");
            }
            return sessionTokens.verify(xAuthToken, jwt);
        }
        if (authorization == null) {
            throw unauthorized("no token: send X-Auth-Token (from /rest/v1/auth) or Authorization: Bearer");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("the Authorization header is not a Bearer token");
        }
        String token = authorization.substring(BEARER.length()).strip();
        SignedJWT jwt = parse(token);
        JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
        if (JWSAlgorithm.RS256.equals(alg)) {
            return sessionTokens.verify(token, jwt);
        }
        if (JWSAlgorithm.HS256.equals(alg)) {
            return appTokens.verify(jwt);
        }
        throw unauthorized("tokens are signed RS256 (session) or HS256 (app), not " + alg);
    }

    private Optional<Caller> remembered(String token) {
        return token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? Optional.empty() : sessionTokens.remembered(token);
    }

    private static SignedJWT parse(String token) {
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw unauthorized("the token is empty or longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            throw unauthorized("the token is not a signed JWT");
        }
    }
}
