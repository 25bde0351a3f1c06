/**
 * Geo-replication: a primary volume copied asynchronously, over ssh, to a volume of another pool.
 * Served at /v1/volumes/{name}/georep (sessions, their steps, options and checkpoint), /v1/georep/keys
 * (the key step) and as the georep-* command targets.
 *
 * <p>GlusterFS 10.3's traps, each met on two real pools (the samples in src/test/resources/samples/georep):
 * <ul>
 * <li>{@code --xml} exits 0 when the operation failed; opRet decides (already paused: opRet 1; started
 * twice, delete while running, create on a non-empty secondary: opRet -1).</li>
 * <li>{@code status --xml} with no session is not XML: "geo-replication command failed", exit 2. That is
 * an empty list, or 404 for one session.</li>
 * <li>A stop or a pause of a stopped or never started session answers success with "geo-replication is
 * not set up" (in plain mode: "…has been successful"). The answer's {@code changed} says nothing
 * happened; a pause that left the session unpaused is a 409.</li>
 * <li>{@code status detail} of a volume without naming the secondary writes each pair's secondary as
 * {@code ssh://host::volume}; named, as {@code host::volume}. The gateway answers the latter.</li>
 * <li>A node that is down is left out of the status: its bricks are reported Offline from
 * {@code volume info}. The secondary node is empty while a worker is Active (a gsyncd bug).</li>
 * <li><b>Debian's rsync 3.5.0</b> (bookworm-security) transfers no file data to gsyncd's destination
 * {@code /proc/PID/cwd} once gsyncd lazily unmounted its secondary mount: the session stays Active with
 * 0 failures while files arrive empty. {@code secondary-access-mount true} keeps that mount attached, so
 * a create sets it unless the caller's {@code config} names it (or chooses {@code sync-method tarssh}
 * and sets it false).</li>
 * <li><b>A worker's live changelog can go silent</b>: the pair reads Active / Changelog Crawl with 0 failures, the
 * brick keeps rolling its changelogs over, nothing is copied (samples/georep/live-changelog-stall.txt). It is a
 * race in the brick's changelog translator (changelog-ev-handle.c, 10.3 and still in GlusterFS's main): when a
 * worker registers, the translator's connector thread connects back to the worker and then moves the connection to
 * its wait queue; the connect event, on an epoll thread, moves it to the active list the dispatcher sends to. When
 * the connect event comes first, the connector's move takes the connection out of the active list for good: the
 * brick counts the worker at each rollover and sends it nothing. A registration loses the race at random (with the
 * default 15 s rollover 2 of 16 new sessions in a loop on one pool pair, with a 5 s rollover 5 of 17; 6 of 10 in
 * five GeoRepIT runs; 4 of 21 earlier); not the order of create and start, nor a {@code volume set}. <b>What an
 * operator does</b>: when {@code lastSynced} stays behind writes (or a checkpoint does not complete) while the pair
 * is Active, stop and start the session ({@code POST …/stop}, {@code …/start}): the new worker registers anew, its
 * history crawl copies what waited, and a new write shows whether its live events flow; if not, again, since each
 * registration throws the dice anew (of 13 stalls, 10 were live after the first restart, 1 after the second, 1 was
 * still silent after two when the loop ran out of time, 1 was not followed). A restarted brick or a deleted and
 * re-created session also makes the worker register anew, at a higher cost (not tried).</li>
 * <li>Options that name a program or its arguments run as root on both pools: reset only, never set.</li>
 * <li>The key step is {@code gluster system:: execute gsec_create} (it runs through the CLI like every
 * other command and prints only the common public key file's path); {@code gluster-georep-sshkey
 * generate} does the same with a table but needs python3-prettytable, which Debian does not install.
 * Nothing of a key reaches an answer, a log line, the audit log or an event.</li>
 * </ul>
 *
 * <p>Reads: status is live (workers change by themselves); a session's options are a configuration
 * read, dropped by the gateway's own changes and by GEOREP_CONFIG_SET/RESET events. GlusterFS's
 * GEOREP_* events (GEOREP_FAULTY, GEOREP_CHECKPOINT_COMPLETED, GEOREP_ACTIVE, …) enter the event log
 * like every other event, name their primary volume for the volume filter, and drop the cached reads.
 * The steps take seconds, not minutes, and glusterd finishes them itself: a job runs one and needs no
 * JobKind to follow it after a restart.
 */
package org.gluster.restapi.georep;
