package org.gluster.restapi.events.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.events.control.EventFilter;
import org.gluster.restapi.events.control.EventStreams;
import org.gluster.restapi.events.control.Events;
import org.gluster.restapi.events.control.LogPage;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.identity.Caller;
import org.gluster.restapi.identity.Roles;

/**
 * The event log: a stream for clients that ask for {@code text/event-stream}, pages of JSON for every
 * other (the stream's lower {@code qs} makes JSON the answer to {@code Accept: *}{@code /*}).
 */
@Path("v1/events")
@Tag(name = "events", description = "what happens in the pool: GlusterFS's events from every node and the gateway's own")
public class EventsResource {

    static final String STREAM = """
            Server-Sent Events: each event has `id` (unique in the pool, increasing), `event` (its name) and `data`, \
            a JSON object with `id`, `time`, `node` (the UUID of the glusterd that saw it), `event` and `message` \
            (GlusterFS's fields as it sent them). Reconnect with `Last-Event-ID` (or `?after=`) to get exactly \
            what was missed, as far as the log keeps it (10,000 events or 7 days by default). Without either, \
            only new events follow. A comment line every 15 s keeps the stream open. Events about users, apps \
            and security settings reach SecurityAdmin callers only. GlusterFS's names are those of its \
            eventtypes.py (VOLUME_CREATE, VOLUME_SET, VOLUME_START, VOLUME_STOP, VOLUME_DELETE, \
            VOLUME_ADD_BRICK, VOLUME_REMOVE_BRICK, PEER_ATTACH, PEER_DETACH, PEER_CONNECT, PEER_DISCONNECT, \
            BRICK_CONNECTED, BRICK_DISCONNECTED, QUORUM_LOST, QUORUM_REGAINED, AFR_SPLIT_BRAIN, \
            QUOTA_CROSSED_SOFT_LIMIT, VOLUME_REBALANCE_COMPLETE, SNAPSHOT_CREATED, GEOREP_FAULTY, …); the \
            gateway's own start with GATEWAY_ (GATEWAY_JOB_STARTED, GATEWAY_JOB_FINISHED, GATEWAY_JOB_FAILED, \
            GATEWAY_LIMIT_TRIPPED, GATEWAY_USER_CHANGED, GATEWAY_APP_CHANGED, GATEWAY_SECURITY_CHANGED, \
            GATEWAY_WEBHOOK_DISABLED). At most 16 streams per node (glusterrest.events.max-streams): one more is 429.""";

    @Inject
    Events events;

    @Inject
    EventStreams streams;

    @Inject
    Paging paging;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS + ";qs=0.5")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "streamEvents", summary = "the pool's events as they happen", description = STREAM)
    @APIResponse(responseCode = "200", description = "the stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void stream(@Context SseEventSink sink, @Context Sse sse,
                       @Parameter(description = "the id of the last event the client has")
                       @HeaderParam("Last-Event-ID") String lastEventId,
                       @Parameter(description = "the id after which to start (when no Last-Event-ID)")
                       @QueryParam("after") String after,
                       @Parameter(description = "event names, comma-separated; a name may end in * (VOLUME_*)")
                       @QueryParam("event") String event,
                       @Parameter(description = "only events about this volume") @QueryParam("volume") String volume) {
        streams.open(sink, sse, filter(event, volume), events.streamStart(lastEventId, after));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @RolesAllowed(Roles.MONITOR)
    @Operation(operationId = "listEvents", summary = "the pool's event log as pages, oldest first, for clients that cannot stream")
    @APIResponse(responseCode = "200", description = "a page; X-Total-Count: the events of the whole log that pass "
            + "the filters; Link rel=\"next\" while the log holds more after this page (without it, poll later with "
            + "after=next)", content = @Content(schema = @Schema(ref = "EventPage")),
            headers = {@Header(name = Paging.TOTAL, description = "events of the log that passed the filters",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    public Response page(@Parameter(description = "the id after which to start (default: the oldest kept)")
                         @QueryParam("after") String after,
                         @Parameter(description = "at most this many events (1 to glusterrest.paging.max-limit, "
                                 + "1000; default glusterrest.paging.default-limit, 100)")
                         @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS + "; instead of after")
                         @QueryParam("cursor") String cursor,
                         @Parameter(description = "event names, comma-separated; a name may end in * (VOLUME_*)")
                         @QueryParam("event") String event,
                         @Parameter(description = "only events about this volume") @QueryParam("volume") String volume,
                         @Context UriInfo uri) {
        LogPage page = events.page(after, paging.bounded(limit, cursor), filter(event, volume));
        return Paging.answer(page.body(), page.total(), page.next(), uri, "after");
    }

    private EventFilter filter(String event, String volume) {
        return events.filter(event, volume, Caller.of(request));
    }
}
