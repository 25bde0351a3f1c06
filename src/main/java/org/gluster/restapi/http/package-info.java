/**
 * HTTP concerns shared by all resources: one log line and a count by status per request, with its
 * X-Request-Id; bodies read whole and bounded (64 KiB) before anything else
 * sees them, JSON-B that refuses unknown members, Server-Timing with the time spent in the CLI, and an Accept
 * of application/problem+json that also accepts the gateway's JSON (generated clients send it alone for
 * operations whose only bodies are errors).
 */
package org.gluster.restapi.http;
