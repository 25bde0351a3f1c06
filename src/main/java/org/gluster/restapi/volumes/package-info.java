/**
 * /v1/volumes and /v1/volumes/{name}/bricks. The resources only delegate; the controls
 * ({@code Volumes}, {@code Bricks}) turn a request into a command of their declarations
 * ({@code VolumeTargets}, {@code BrickTargets}, which every rule lives in, for /rest/v1 too), run it
 * through the façade and map the XML to records ({@code VolumeXml}). A create whose initial options
 * are refused removes the volume again, so a bad request changes nothing.
 *
 * <p>Bricks belong to this feature because a volume is its bricks: listing them reads volume info
 * and status; adding bricks may change the replica or arbiter count; removing them is GlusterFS's
 * lifecycle — start (data migrates off them), status, stop, then commit, or force at once — whose
 * start may be followed to its end as a job. Traps: {@code volume info} names an arbiter brick only
 * by a flag; an unset option reads "(null)"; the CLI calls this node "localhost" in status.
 */
package org.gluster.restapi.volumes;
