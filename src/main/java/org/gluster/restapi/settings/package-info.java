/**
 * Security settings shared by every node (token lifetime, limits), changed by chsecurity and read at
 * each use, so a change made on one node holds on all without a restart.
 */
package org.gluster.restapi.settings;
