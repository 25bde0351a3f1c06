package org.gluster.restapi.quota.entity;

/** A usage limit on a directory of the volume: {@code size} like 10GB, {@code softLimit} a percentage of it. */
public record QuotaLimitRequest(String path, String size, String softLimit) {
}
