/**
 * Who calls and what each group may do: the one model of identity that the authentication fills in
 * (a user's session token, an app's token, or everyone while auth is disabled) and that resources
 * ({@code @RolesAllowed}), the request log, the audit and the command targets read. A base package:
 * it knows no feature, so every feature may name the roles it needs.
 */
package org.gluster.restapi.identity;
