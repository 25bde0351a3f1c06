/**
 * Self-heal state of replicated and dispersed volumes, from {@code volume heal VOL info},
 * {@code info split-brain} and {@code info summary}. glfsheal, not the CLI, writes this XML: it puts
 * {@code <healInfo>} before {@code opRet}, prints "-" for the counts (and the host uuid) of a brick it
 * cannot reach, and says why in the brick's status, so a count is null rather than a guess.
 *
 * Served at /v1/volumes/{name}/heal: info, summary, split-brain, launch (index or full, also as a
 * job) and the self-heal daemon on or off.
 */
package org.gluster.restapi.heal;
