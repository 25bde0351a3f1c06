package org.gluster.restapi.webhooks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gluster.restapi.identity.Roles;
import org.gluster.restapi.webhooks.control.Webhooks;
import org.gluster.restapi.webhooks.entity.Delivery;
import org.gluster.restapi.webhooks.entity.Webhook;
import org.gluster.restapi.webhooks.entity.WebhookRequest;

@ApplicationScoped
@Path("v1/webhooks")
@Tag(name = "webhooks", description = "the pool's events posted to your URLs, signed as Standard Webhooks say, "
        + "retried in order for up to 24 h")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
@RolesAllowed(Roles.ADMINISTRATOR)
public class WebhooksResource {

    static final String SIGNED = "Every delivery is a POST of {\"type\", \"timestamp\", \"data\": the event} with the "
            + "headers webhook-id (evt_<event id>, the same on every retry: deduplicate on it), webhook-timestamp "
            + "(Unix seconds of the attempt) and webhook-signature: v1,<base64 of HMAC-SHA256 over "
            + "\"<webhook-id>.<webhook-timestamp>.<body>\" keyed with the base64-decoded part of the secret after "
            + "whsec_>. A 2xx answer is a delivery; anything else is retried with exponential backoff and full "
            + "jitter, in order, for up to 24 h, then the webhook is disabled and GATEWAY_WEBHOOK_DISABLED is logged.";
    static final String ID = "the webhook's id, from the Location of its creation";

    @Inject
    Webhooks webhooks;

    @Inject
    Paging paging;

    @GET
    @Operation(operationId = "listWebhooks", summary = "the pool's webhooks (Administrator); secrets are never shown")
    @APIResponse(responseCode = "200", description = "the webhooks; paged by id on request (X-Total-Count, "
            + "Link rel=\"next\")", content = @Content(schema = @Schema(ref = "WebhookList")),
            headers = {@Header(name = Paging.TOTAL, description = "how many webhooks",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    public Response list(@Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                         @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        return Paging.answer(Page.of(webhooks.list(), Webhook::id, paging.request(limit, cursor)), uri);
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "post the pool's events to a URL (Administrator)",
            description = "The URL must be https (http to a loopback address only when "
                    + "glusterrest.webhooks.allow-http-loopback is true) and resolve to no link-local or cloud "
                    + "metadata address. The secret (whsec_ + base64 of 24 to 64 bytes) is generated when absent "
                    + "and shown in this answer only. Events taken in from now on are delivered. " + SIGNED)
    @APIResponse(responseCode = "201", description = "created; Location names it; the body shows its secret, once",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "409", description = "the pool has glusterrest.webhooks.max webhooks already",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(WebhookRequest request, @Context UriInfo uri, @Context SecurityContext caller) {
        Webhook created = webhooks.create(request, caller.isUserInRole(Roles.SECURITY_ADMIN));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{webhook}")
    @Operation(operationId = "getWebhook", summary = "one webhook and where its delivery stands (Administrator)")
    @APIResponse(responseCode = "200", description = "the webhook", content = @Content(schema = @Schema(ref = "Webhook")))
    public Webhook get(@Parameter(description = ID) @PathParam("webhook") String id) {
        return webhooks.find(id);
    }

    @PUT
    @Path("{webhook}")
    @Operation(operationId = "replaceWebhook", summary = "set a webhook's url, events, description and enabled (Administrator)",
            description = "Absent events mean all, absent enabled means true; the secret stays unless one is given. "
                    + "Enabling a disabled webhook forgets its failures and retries its held event at once.")
    @APIResponse(responseCode = "200", description = "the webhook", content = @Content(schema = @Schema(ref = "Webhook")))
    public Webhook replace(@Parameter(description = ID) @PathParam("webhook") String id, WebhookRequest request) {
        return webhooks.replace(id, request);
    }

    @PATCH
    @Path("{webhook}")
    @Operation(operationId = "changeWebhook", summary = "change what the body names of a webhook (Administrator)",
            description = "Enabling a disabled webhook forgets its failures and retries its held event at once.")
    @APIResponse(responseCode = "200", description = "the webhook", content = @Content(schema = @Schema(ref = "Webhook")))
    public Webhook change(@Parameter(description = ID) @PathParam("webhook") String id, WebhookRequest request) {
        return webhooks.change(id, request);
    }

    @DELETE
    @Path("{webhook}")
    @Operation(operationId = "deleteWebhook", summary = "stop and forget a webhook (Administrator)")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@Parameter(description = ID) @PathParam("webhook") String id) {
        webhooks.delete(id);
    }

    @POST
    @Path("{webhook}/test")
    @Operation(operationId = "testWebhook", summary = "deliver a GATEWAY_WEBHOOK_TEST event to this webhook (Administrator)",
            description = "The test event enters the pool's event log for this webhook only and is delivered like "
                    + "any other: in order behind the webhook's held events, signed, retried. The answer waits up to "
                    + "glusterrest.webhooks.test-wait seconds for its first attempt. " + SIGNED)
    @APIResponse(responseCode = "200", description = "attempted: delivered, or retrying with the status or error",
            content = @Content(schema = @Schema(ref = "Delivery")))
    @APIResponse(responseCode = "202", description = "not attempted yet (behind held events, or the deliverer is busy)",
            content = @Content(schema = @Schema(ref = "Delivery")))
    @APIResponse(responseCode = "409", description = "the webhook is disabled: enable it first",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response test(@Parameter(description = ID) @PathParam("webhook") String id) {
        Delivery delivery = webhooks.test(id);
        return Response.status(Delivery.QUEUED.equals(delivery.state()) ? 202 : 200).entity(delivery).build();
    }

    @GET
    @Path("{webhook}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "a webhook's last 100 deliveries, newest first (Administrator)")
    @APIResponse(responseCode = "200", description = "the deliveries, newest first; paged on request (X-Total-Count, "
            + "Link rel=\"next\")", content = @Content(schema = @Schema(ref = "DeliveryList")),
            headers = {@Header(name = Paging.TOTAL, description = "how many deliveries are kept",
                    schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = "Link", description = "<…>; rel=\"next\" when more follow")})
    public Response deliveries(@Parameter(description = ID) @PathParam("webhook") String id,
                               @Parameter(description = Paging.LIMIT_SAYS) @QueryParam("limit") String limit,
                               @Parameter(description = Paging.CURSOR_SAYS) @QueryParam("cursor") String cursor,
                               @Context UriInfo uri) {
        return Paging.answer(Page.of(webhooks.deliveries(id), Webhooks::newestFirst, paging.request(limit, cursor)), uri);
    }
}
