/**
 * Volume snapshots (GlusterFS takes them as LVM thin snapshots of every brick): {@code snapshot
 * list}, {@code info}, {@code status}, {@code config} and the answers of create, clone, restore,
 * activate, deactivate and delete. Two traps of the CLI: {@code snapshot status NAME} of a snapshot
 * that does not exist answers opRet 0 with no snapshot (so an empty status means "no such snapshot"),
 * and deleting several snapshots answers opRet 0 with each one's own result inside.
 *
 * Served at /v1/snapshots; on a node without LVM every call answers the CLI's own refusal as 409.
 */
package org.gluster.restapi.snapshots;
