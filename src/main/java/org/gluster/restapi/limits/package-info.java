/**
 * Seed 001's limits per node, enforced in a servlet filter before any resource: sliding one-second
 * windows (exact, no sleeping) for the auth and command rates, a counter for requests in flight. The
 * fourth limit, one CLI at a time, is the command façade's.
 */
package org.gluster.restapi.limits;
