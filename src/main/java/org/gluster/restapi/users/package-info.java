/**
 * Users of the gateway (salted PBKDF2 hashes, group, lockout) and seed 001's user commands.
 */
package org.gluster.restapi.users;
