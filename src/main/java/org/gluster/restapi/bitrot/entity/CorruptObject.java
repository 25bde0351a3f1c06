package org.gluster.restapi.bitrot.entity;

/** An object the scrubber found corrupted: its gfid, the brick it lives on and its path (null when unknown). */
public record CorruptObject(String gfid, String brick, String path) {
}
