/**
 * MicroProfile Health checks of the gateway itself.
 */
package org.gluster.restapi.health;
