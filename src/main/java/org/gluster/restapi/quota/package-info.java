/**
 * Directory quotas, from {@code volume quota VOL list [PATH…]}: limits and usage in bytes. For a path
 * without a limit the CLI prints "N/A" in the limit fields and only the usage, so those fields are
 * nullable rather than zero.
 *
 * Served at /v1/volumes/{name}/quota: on and off (on may run as a job), limits set and removed,
 * and the list; with quota on and no limit, the CLI's "No quota configured" is an empty list.
 */
package org.gluster.restapi.quota;
