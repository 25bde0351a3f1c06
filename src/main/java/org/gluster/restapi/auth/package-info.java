/**
 * Container-managed authentication for both token kinds of the seeds. A Jakarta Security
 * HttpAuthenticationMechanism authenticates every request under /v1 and /rest before any resource
 * runs and hands the container the caller and its group; resources declare {@code @RolesAllowed}.
 *
 * <p>Why not Payara's MicroProfile JWT mechanism: it verifies RS256/ES256 only and reads tokens only
 * from Authorization or a cookie, while seed 000's app tokens are HS256 with per-app secrets and seed
 * 001 sends X-Auth-Token. So MicroProfile JWT serves as the token format instead: session tokens are
 * RS256 with the pool's key and carry the MP JWT claims ({@code iss}, {@code sub}, {@code upn},
 * {@code groups}, {@code jti}, {@code iat}, {@code exp}) beside seed 001's {@code sv}, and the public
 * key is published at /.well-known/jwks.json, so any MicroProfile JWT service accepts them. The token
 * kind is told by its algorithm (RS256 session, HS256 app), so one kind cannot pass for the other.
 * An app token's qsh binds it to one request; it is checked once the body was read, before any
 * resource runs.
 */
package org.gluster.restapi.auth;
