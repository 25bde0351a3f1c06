/**
 * The time as logic sees it: one injectable {@link java.time.Clock}. Measuring durations (metrics,
 * Server-Timing) stays on {@code System.nanoTime}. Imports no feature.
 */
package org.gluster.restapi.time;
