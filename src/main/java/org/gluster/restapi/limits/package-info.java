/**
 * The limits per node of the Storage Virtualize command-target conventions, enforced in a servlet
 * filter before any resource: sliding one-second windows on the injected clock (exact, no sleeping)
 * for the auth and command rates, a counter for requests in flight. The fourth limit, one CLI at a
 * time, is the command façade's.
 */
package org.gluster.restapi.limits;
