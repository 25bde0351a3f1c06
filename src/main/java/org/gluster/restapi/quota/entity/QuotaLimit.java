package org.gluster.restapi.quota.entity;

/**
 * A path's quota: sizes in bytes, {@code softLimitPercent} of the hard limit; the limit fields are
 * null for a path without a limit (the CLI prints "N/A" there and only the usage).
 */
public record QuotaLimit(String path, Long hardLimit, Integer softLimitPercent, Long softLimit, Long used,
                         Long available, Boolean softLimitExceeded, Boolean hardLimitExceeded) {
}
