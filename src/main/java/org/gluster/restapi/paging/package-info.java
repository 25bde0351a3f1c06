/**
 * Paging and filtering of the /v1 lists, in memory over the list a control read (the CLI's answer, which
 * the read cache keeps, so a page costs no CLI run while the pool is unchanged).
 *
 * <ul>
 * <li>{@code ?limit=} (1 to {@code glusterrest.paging.max-limit}) asks for a page; {@code ?cursor=}
 * continues after the page that gave it, with {@code glusterrest.paging.default-limit} when no limit is
 * sent. Without either the whole list is answered, as before paging existed: the shape of the answer
 * never changes (a JSON array), only headers are added: {@code X-Total-Count} (items that pass the
 * filters) and, when more follow, {@code Link: <…>; rel="next"} with the same query and the next cursor.</li>
 * <li>A cursor is opaque to clients: base64url of {@code "1:" + the last item's key}. Lists are sorted by
 * that key and a page starts after it, so a walk sees every item that existed all along exactly once,
 * even when items are created or deleted between pages (offsets would skip or repeat). A cursor that
 * does not decode is a 400.</li>
 * <li>A log ({@code GET /v1/events}'s JSON pages) is never answered whole ({@link Paging#bounded}); its page is an
 * object of its own, with the same headers ({@link Paging#answer(Object, int, java.util.Optional,
 * jakarta.ws.rs.core.UriInfo, String...)}), and its Link's cursor replaces the {@code after} it was asked with.</li>
 * <li>Lists whose order means something keep it in their pages by a key that sorts as they do: jobs and
 * webhook deliveries newest first (an inverted time or id), bricks by their place.</li>
 * <li>Filters compare case-insensitively; a name filter takes one {@code *} wildcard, as Storage
 * Virtualize's {@code -filtervalue} does. Every query value is checked and a bad one is a 400 naming it.</li>
 * </ul>
 */
package org.gluster.restapi.paging;
