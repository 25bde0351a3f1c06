/**
 * HTTP concerns shared by all resources: one log line and a count by status per request, with its
 * X-Request-Id; bodies read whole and bounded (64 KiB) before anything else
 * sees them, JSON-B that refuses unknown members, and Server-Timing with the time spent in the CLI.
 */
package org.gluster.restapi.http;
