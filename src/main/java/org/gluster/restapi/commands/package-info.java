/**
 * The command façade: every gluster call of every resource passes through one EJB singleton, so a
 * node runs one CLI at a time (glusterd itself serialises transactions and answers "another
 * transaction is in progress" to concurrent ones). The lock is bean-managed because its wait must be
 * configurable ({@code glusterrest.cli.lock-wait}): the container's {@code @AccessTimeout} is fixed
 * at compile time, and Payara's descriptor schema refuses a variable in {@code <access-timeout>}. The
 * lock is fair, so requests run in arrival order; one that waits too long is answered 429.
 *
 * <p>The package also holds the Storage Virtualize command targets ({@code control}, {@code boundary}) and the
 * catalog every gluster argv is built from ({@code catalog}).
 */
package org.gluster.restapi.commands;
