package org.gluster.restapi.georep.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One brick of the primary volume and its worker, from {@code status detail}: {@code status} is Active,
 * Passive, Faulty, Created, Stopped, Paused, Initializing, or Offline for a brick on a node that did
 * not answer (GlusterFS leaves it out). GlusterFS's "N/A" is left out (null); the counts are numbers;
 * the times are as GlusterFS prints them, the worker node's local time ({@code 2026-11-28 09:42:38}).
 * {@code secondaryNode} is empty in GlusterFS 10.3 while a worker is Active (a gsyncd bug): do not rely on it.
 */
public record GeorepPair(@Schema(required = true) String primaryNode, @Schema(required = true) String primaryBrick,
                         String primaryNodeUuid, String secondaryUser, String secondary, String secondaryNode,
                         @Schema(required = true) String status, String crawlStatus, String lastSynced,
                         Long entryPending, Long dataPending, Long metaPending, Long failures, String checkpointTime,
                         Boolean checkpointCompleted, String checkpointCompletionTime) {

    public static GeorepPair offline(String node, String brick, String secondaryUser, String secondary) {
        return new GeorepPair(node, brick, null, secondaryUser, secondary, null, "Offline", null, null, null, null,
                null, null, null, null, null);
    }
}
