package org.gluster.restapi.heal.entity;

/** An entry that needs healing: its path in the volume (or "&lt;gfid:…&gt;" when unknown) and its gfid. */
public record HealEntry(String path, String gfid) {
}
