/**
 * Container-managed authentication for both token kinds: the Storage Virtualize session tokens
 * (from /auth) and the GlusterFS REST API design's app-signed tokens. A Jakarta Security
 * HttpAuthenticationMechanism authenticates every request under /v1 and /rest before any resource
 * runs and hands the container the caller and its group; resources declare {@code @RolesAllowed}.
 *
 * <p>Why not Payara's MicroProfile JWT mechanism: it verifies RS256/ES256 only and reads tokens only
 * from Authorization or a cookie, while the app tokens are HS256 with per-app secrets and the
 * Storage Virtualize clients send X-Auth-Token. So MicroProfile JWT serves as the token format
 * instead: session tokens are RS256 with the pool's key and carry the MP JWT claims ({@code iss},
 * {@code sub}, {@code upn}, {@code groups}, {@code jti}, {@code iat}, {@code exp}) beside the Storage
 * Virtualize {@code sv}, and the public key is published at /.well-known/jwks.json, so any
 * MicroProfile JWT service accepts them. The token kind is told by its algorithm (RS256 session,
 * HS256 app), so one kind cannot pass for the other. An app token's qsh binds it to one request; it
 * is checked once the body was read, before any resource runs.
 *
 * <p>A session token is verified once (RS256 signature, claims, user, lockout) and then remembered
 * by the SHA-256 of its bytes until its {@code exp}, in a bounded table
 * ({@code glusterrest.auth.token-cache-size}). A remembered verification holds only while what it
 * depended on is unchanged, which is checked at each use by what the state files hold now, not by an
 * event: users may be changed on another node through the shared storage, and the state's stamped
 * cache makes that check a stat of users.json and of the key file. The user's record read then must
 * equal the one read now (any change of password, group, lockout or failed logins, or its deletion,
 * drops it), and the key that verified must still be the signing key. App tokens are not
 * remembered: each is bound by its qsh to one request and is normally used once, so a table of them
 * would hold only tokens that do not come back and push out the session tokens that do.
 *
 * <p>Beyond its signature a token must look like one the gateway or an app client makes
 * ({@code TokenShape}): no header that names a key elsewhere ({@code jku}, {@code x5u}, {@code jwk},
 * {@code x5c}, {@code x5t}), no {@code kid} but the pool key's (session) or the app's own id (app), no
 * critical extension ({@code crit}, {@code b64}; the app tokens' HMAC is checked here, not by nimbus,
 * so RFC 7515's "refuse what you do not understand" is ours to keep), no nested token ({@code cty}), and
 * {@code iat}/{@code exp} whole seconds between 1970 and 9999 (nimbus truncates floats and lets 2^63
 * wrap when it makes milliseconds of them). A header sent twice is refused: a proxy in front might
 * have read the other one. The attack matrix (TokenAttackMatrixTest) holds every case tried.
 *
 * <p>In the layers (ARCHITECTURE.md) this package composes: it reads the users' and the apps'
 * stores, so it sits above the features and nothing but the admin tool and the OpenAPI document
 * imports it.
 */
package org.gluster.restapi.auth;
