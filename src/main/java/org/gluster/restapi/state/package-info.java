/**
 * The gateway's durable state, kept so that every node of the pool can share it: JSON files in one
 * directory, which may be GlusterFS's shared storage mounted on all nodes, each file replaced
 * atomically (temp file, fsync, rename) under a lock that holds across processes and nodes, so
 * readers never see a partial file and concurrent updates lose nothing. Files are owner-only, and
 * passwords are kept only as salted slow hashes.
 */
package org.gluster.restapi.state;
