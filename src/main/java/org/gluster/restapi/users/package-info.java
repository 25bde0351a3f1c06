/**
 * Users of the gateway (salted PBKDF2 hashes, group, lockout) and the Storage Virtualize user commands.
 */
package org.gluster.restapi.users;
