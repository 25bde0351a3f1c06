/**
 * The gateway's durable state, kept so that every node of the pool can share it: JSON files in one
 * directory, which may be GlusterFS's shared storage mounted on all nodes, each file replaced
 * atomically under a lock that holds across processes and nodes, so readers never see a partial
 * file and concurrent updates lose nothing. Files are owner-only, and passwords are kept only as
 * salted slow hashes.
 *
 * <p>{@code StateFiles} is what the rest of the gateway and the admin tool use; it checks names and
 * composes the pieces below, each of which exists for one reason:
 * <ul>
 * <li>{@code AtomicFile}: a file is never rewritten in place. A writer writes a temp file
 * {@code .<name>.<16 hex>.tmp} beside it (created 0600 before any content goes in), fsyncs it, renames
 * it over the file and fsyncs the directory, so a reader on any node sees the previous or the next
 * complete content, never a partial one, also after a crash or a SIGKILL. Temp files a dead writer
 * left are ignored by readers and removed by the next writer once older than a minute, an age that
 * keeps clear of any writer still at work. The directory is created 0700 and every file is 0600: the
 * state holds password hashes and the token-signing key. An existing directory keeps its mode, since
 * it may be a shared mount.</li>
 * <li>{@code CrossNodeLock}: writers exclude each other with {@code FileChannel.lock()} on a separate
 * {@code <name>.lock} file (POSIX locks, which GlusterFS carries across nodes) and re-read the file
 * inside the lock, so read-modify-write updates from several processes or nodes lose nothing. The
 * lock file is never replaced or deleted, so every writer locks the same inode. A JVM may hold only
 * one lock per file, and closing any channel of a file drops the process's POSIX locks on it, so
 * writers of one JVM are first serialised by an in-JVM lock per lock file. That table must be one
 * for every user of a directory in the JVM; it is an instance, not a static: {@code StateLocation}
 * owns it and shares it with every {@code StateFiles} it makes (the local directory, the shared
 * copy, any other asked for by {@code filesIn}), and the server and the admin tool each make one
 * {@code StateLocation}.</li>
 * <li>{@code StampedCache}: parsed content is cached under the file's (mtime, size, file key); a
 * file changes identity on every write, so a read that finds it unchanged costs one stat. A file
 * modified less than two seconds before it was read is read again next time, since coarse timestamps
 * and reused inode numbers could otherwise make a new file look like the cached one. The time comes
 * from an injected clock, so that window is tested without waiting.</li>
 * <li>{@code JsonStore} and {@code StaleHandles}: readers take no lock. They open the file by path
 * each time (a handle kept open would go on showing a replaced file) and retry a few times on
 * {@code ENOENT}/{@code ESTALE}, which a FUSE or network mount may report while another node renames.
 * Values are mapped with JSON-B; a file that does not parse fails naming the file, never quoting it.</li>
 * <li>{@code TimedReads}: a read on a GlusterFS mount whose node went silent can hang for up to a
 * minute, so reads run on an executor and are waited for at most a timeout; then the last content
 * read is served, or the read fails. Concurrent reads of one file share one I/O, so a stall holds one
 * thread per file. In the server the executor is a pool of up to 32 threads made by the managed
 * thread factory ({@code java:comp/DefaultManagedThreadFactory}, given by {@code StateDirectory}),
 * not the managed executor service: that one captures the caller's context for every task, which
 * on Payara scans the class loader's resources and cost more than the request it served (several
 * state reads per authenticated request); a thread of the factory carries the context it was made
 * with. The admin tool passes its own pool of daemon threads, so a stuck read cannot keep it from
 * exiting. A read that joins one already pending past the timeout, or any read while one of the directory is
 * (the storage is known silent), gets the last content at once rather than waiting again, so a request that
 * consults several files during a stall pays the timeout once.</li>
 * <li>{@code TimedWrites}: writes (the locked read-modify-write, with its change function) run on the same
 * executor, and the caller waits while the storage makes progress: once no write of the directory has come
 * back for the timeout (by the injected clock), the write fails with {@code StateStalledException} (503, "read
 * before you repeat it": the write was given up on, not undone, and may still land when the storage answers),
 * and while one is stalled the next fails at once without taking a thread. Without it a write on a silent
 * GlusterFS mount waited for the ping-timeout (42 s). Writes queued behind busy but answering storage do not
 * fail. {@code StateLocation}'s look for the shared copy's marker and {@code readBytes} are bounded the same
 * way.</li>
 * <li>{@code StateFiles.readRecent}: what every request consults (the limits and the auth mode in
 * settings.json, a remembered session token's user and the signing key) is read several times per
 * request, and even an unchanged file cost a stat on another thread each time: at 32 concurrent
 * requests those hand-offs were where a cached read waited most (measured with JFR). Such reads trust
 * what a check found less than a window ago ({@code glusterrest.state.recheck-ms}, 250; the server's
 * {@code StateDirectory} sets it, the admin tool and {@code read} never use it), and an absent file too.
 * A write of this JVM drops the entry at once (a value read before a write of ours is never trusted
 * unchecked, whatever the race); one of the admin tool or of another node is seen within the window.
 * Reads that decide something new (a login, a token's first verification, a listing) use {@code read},
 * which always looks.</li>
 * </ul>
 */
package org.gluster.restapi.state;
