/**
 * The command façade: every gluster call of every resource passes through one application-scoped
 * bean, so a node runs one CLI at a time (glusterd itself serialises transactions and answers "another
 * transaction is in progress" to concurrent ones). The turns are bean-managed because their wait
 * must be configurable ({@code glusterrest.cli.lock-wait}): the container's {@code @AccessTimeout} is
 * fixed at compile time, and Payara's descriptor schema refuses a variable in
 * {@code <access-timeout>}; and because a waiting change must go before waiting reads, which no
 * container lock offers. One that waits too long is answered 429. Since nothing of an EJB is left in
 * use (no container lock, no transaction), it is no EJB: a CDI bean costs a cached read less, and the
 * WAR then needs no EJB container at its start.
 *
 * <p>A change does not wait for a read whose CLI has not yet asked glusterd anything: the gluster CLI
 * spends most of its life in a {@code gsyncd --version} child before it sends its request (see
 * {@code cli.EarlyStop}), so a change that comes then stops that CLI, and the read runs again right
 * after the change, first among the reads (once: a read is stopped at most once). Under 32 readers of
 * uncached status, waiting out the run in progress cost a write 1.5–1.8 × its quiet latency.
 *
 * <p>Reads are cached ({@code cache}): the CLI costs 100–160 ms here, mostly a Python interpreter
 * the CLI starts for gsyncd's version, so a read is run once and shared. The package also holds the
 * declaration types every gluster argv is built from ({@code catalog}: each feature declares its own
 * commands as a {@code CommandFamily}), and the Storage Virtualize command targets that dispatch
 * through the registry ({@code control}, {@code boundary}).
 */
package org.gluster.restapi.commands;
