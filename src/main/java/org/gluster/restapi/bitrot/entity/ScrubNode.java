package org.gluster.restapi.bitrot.entity;

import java.util.List;

/**
 * One node's scrubber: files scrubbed and skipped (not yet signed), when its last scrub completed
 * (null while none has) and how long it took, and the corrupted objects it found.
 */
public record ScrubNode(String node, long scrubbedFiles, long skippedFiles, String lastCompletedScrub,
                        long lastScrubDurationSeconds, long errorCount, List<CorruptObject> corruptObjects) {
}
