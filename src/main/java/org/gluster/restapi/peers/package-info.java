/**
 * /v1/peers: the whole trusted pool from {@code pool list}, this node included under its real name
 * (the CLI calls it "localhost"), so that an application can keep the list and fail over to any node.
 */
package org.gluster.restapi.peers;
