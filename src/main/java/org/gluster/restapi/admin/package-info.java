/**
 * {@code gluster-restapi}, the admin tool of the GlusterFS REST API design: picocli, one Callable per
 * subcommand, working straight on the state directory, so it works whether or not glusterrestd runs,
 * and a change made on one node (on shared storage) holds on every node. Built as
 * target/gluster-restapi.jar; not part of the WAR.
 * <p>
 * What it asks glusterd goes through the daemon's own pieces rather than copies of them: the argv
 * from the catalog's command targets, the run by the cli package's runner (killed with its children
 * after the clitimeout setting, so a hung glusterd cannot hang the tool), the answer read by
 * CliOutputReader.
 */
package org.gluster.restapi.admin;
