/**
 * /v1/volumes/{name}/bricks: the bricks of a volume with their live state, adding bricks (and
 * changing the replica or arbiter count with them), replacing one, and removing bricks as GlusterFS
 * does it, a lifecycle: start (data migrates off them), status, stop, then commit, or force at once.
 * Every brick spec is validated before any CLI word; the CLI words come from the one catalog.
 */
package org.gluster.restapi.bricks;
