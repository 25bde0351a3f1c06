/**
 * {@code gluster-restapi}, the admin tool (seed 000): picocli, one Callable per subcommand, working
 * straight on the state directory, so it works whether or not glusterrestd runs, and a change made
 * on one node (on shared storage) holds on every node. Built as target/gluster-restapi.jar; not part
 * of the WAR.
 */
package org.gluster.restapi.admin;
