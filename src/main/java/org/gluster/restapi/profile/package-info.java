/**
 * Where a volume spends its I/O: {@code volume profile VOL info} (per brick, since profiling started
 * and since the last info: bytes, block sizes and the latency of each file operation) and
 * {@code volume top VOL open|read|write|opendir|readdir|read-perf|write-perf} (the busiest files per
 * brick). Latencies are microseconds, as GlusterFS measures them.
 *
 * Served at /v1/volumes/{name}/profile (start, stop, info) and /v1/volumes/{name}/top/{metric}.
 */
package org.gluster.restapi.profile;
