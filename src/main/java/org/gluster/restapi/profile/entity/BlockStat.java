package org.gluster.restapi.profile.entity;

/** Reads and writes of one block size (bytes, a power of two). */
public record BlockStat(long size, long reads, long writes) {
}
