/**
 * The Storage Virtualize style commands lssecurity and chsecurity: the pool's security settings
 * and limits (token lifetime, requests in flight, auth and command rates), read and changed as
 * command targets. The settings themselves live in the base package {@code settings}, read at each
 * use, so a change made on one node holds on all without a restart.
 */
package org.gluster.restapi.security;
