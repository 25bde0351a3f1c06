/**
 * The bitrot scrubber's state, from {@code volume bitrot VOL scrub status}. Its XML mode prints
 * nothing, so the command runs without {@code --xml} and its text (the printout of
 * {@code gf_cli_print_bitrot_scrub_status} in GlusterFS's cli-rpc-ops.c) is read here, line by line,
 * by its labels.
 *
 * Served at /v1/volumes/{name}/bitrot: detection on and off, the scrubber's settings and steps.
 */
package org.gluster.restapi.bitrot;
