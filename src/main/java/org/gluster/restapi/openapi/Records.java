package org.gluster.restapi.openapi;

import java.util.List;
import org.gluster.restapi.auth.entity.Token;
import org.gluster.restapi.bitrot.entity.ScrubRequest;
import org.gluster.restapi.bitrot.entity.ScrubStatus;
import org.gluster.restapi.events.entity.EventPage;
import org.gluster.restapi.georep.entity.GeorepConfig;
import org.gluster.restapi.georep.entity.GeorepKeys;
import org.gluster.restapi.georep.entity.GeorepRequest;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.georep.entity.GeorepStep;
import org.gluster.restapi.heal.entity.BrickHealInfo;
import org.gluster.restapi.heal.entity.BrickHealSummary;
import org.gluster.restapi.heal.entity.HealLaunch;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.peers.entity.Peer;
import org.gluster.restapi.peers.entity.PeerProbeRequest;
import org.gluster.restapi.problems.Problem;
import org.gluster.restapi.profile.entity.BrickProfile;
import org.gluster.restapi.profile.entity.BrickTop;
import org.gluster.restapi.quota.entity.QuotaLimit;
import org.gluster.restapi.quota.entity.QuotaLimitRequest;
import org.gluster.restapi.rebalance.entity.RebalanceRequest;
import org.gluster.restapi.snapshots.entity.CloneRequest;
import org.gluster.restapi.snapshots.entity.Snapshot;
import org.gluster.restapi.snapshots.entity.SnapshotConfig;
import org.gluster.restapi.snapshots.entity.SnapshotRef;
import org.gluster.restapi.snapshots.entity.SnapshotRequest;
import org.gluster.restapi.snapshots.entity.SnapshotStatus;
import org.gluster.restapi.tasks.entity.TaskStatus;
import org.gluster.restapi.volumes.entity.AddBricksRequest;
import org.gluster.restapi.volumes.entity.BrickState;
import org.gluster.restapi.volumes.entity.ForceRequest;
import org.gluster.restapi.volumes.entity.OptionsRequest;
import org.gluster.restapi.volumes.entity.RemoveBricksRequest;
import org.gluster.restapi.volumes.entity.ReplaceBrickRequest;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;
import org.gluster.restapi.volumes.entity.VolumeOption;
import org.gluster.restapi.volumes.entity.VolumeStatus;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.gluster.restapi.webhooks.entity.Webhook;
import org.gluster.restapi.webhooks.entity.WebhookRequest;

/**
 * Every record the /v1 resources answer or read, whose component schemas {@link RecordSchemas} writes
 * (records they contain come along). A resource that answers a new record adds it here; OpenApiIT
 * serializes each answer with the server's JSON-B and validates it against the served schema.
 */
public final class Records {

    public static final List<Class<? extends Record>> ANSWERS = List.of(Token.class, ScrubStatus.class,
            EventPage.class, BrickHealInfo.class, BrickHealSummary.class, HealLaunch.class, Job.class, Peer.class,
            Problem.class, BrickProfile.class, BrickTop.class, QuotaLimit.class, Snapshot.class, SnapshotConfig.class,
            SnapshotRef.class, SnapshotStatus.class, TaskStatus.class, BrickState.class, Volume.class,
            VolumeOption.class, VolumeStatus.class, Delivery.class, Webhook.class, GeorepSession.class,
            GeorepStep.class, GeorepConfig.class, GeorepKeys.class);

    public static final List<Class<? extends Record>> BODIES = List.of(ScrubRequest.class, PeerProbeRequest.class,
            QuotaLimitRequest.class, RebalanceRequest.class, CloneRequest.class, SnapshotRequest.class,
            AddBricksRequest.class, ForceRequest.class, OptionsRequest.class, RemoveBricksRequest.class,
            ReplaceBrickRequest.class, VolumeCreateRequest.class, WebhookRequest.class, GeorepRequest.class);

    private Records() {
    }
}
