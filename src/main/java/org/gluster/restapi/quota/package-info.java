/**
 * Directory quotas, from {@code volume quota VOL list [PATH…]}: limits and usage in bytes. For a path
 * without a limit the CLI prints "N/A" in the limit fields and only the usage, so those fields are
 * nullable rather than zero.
 */
package org.gluster.restapi.quota;
