/**
 * Long operations as jobs (RFC 7240 {@code Prefer: respond-async}): the request is validated and its
 * CLI words built at once, so bad input is still a 400 and nothing runs; the work then goes to a
 * managed thread and the client gets 202 with {@code Location: /v1/jobs/{id}}. A job goes through
 * the same one-CLI façade as every request, so it queues behind others and others queue behind it.
 * Where GlusterFS reports progress (rebalance, remove-brick) the job keeps polling it and shows it.
 * Jobs live in this node's memory only, bounded in number and age: a restart forgets them.
 */
package org.gluster.restapi.jobs;
