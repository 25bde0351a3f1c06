/**
 * Applications registered to sign their own requests (seed 000): id, secret and group, kept 0600.
 */
package org.gluster.restapi.apps;
