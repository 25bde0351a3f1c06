/**
 * Applications registered to sign their own requests (the GlusterFS REST API design): id, secret and group, kept 0600.
 */
package org.gluster.restapi.apps;
