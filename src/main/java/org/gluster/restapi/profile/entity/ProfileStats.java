package org.gluster.restapi.profile.entity;

import java.util.List;

/**
 * Statistics over one period: its length in seconds, bytes read and written, the block sizes that
 * were used (sizes without reads or writes are left out) and every file operation that ran.
 */
public record ProfileStats(long durationSeconds, long bytesRead, long bytesWritten, List<BlockStat> blocks,
                           List<FopStat> fops) {
}
