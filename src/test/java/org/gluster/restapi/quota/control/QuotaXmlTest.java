package org.gluster.restapi.quota.control;

import static org.gluster.restapi.Samples.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gluster.restapi.quota.entity.QuotaLimit;
import org.junit.jupiter.api.Test;

class QuotaXmlTest {

    @Test
    void limitOnTheRootIsReadInBytesWithTheSoftLimitPercent() {
        assertEquals(List.of(new QuotaLimit("/", 1_073_741_824L, 80, 858_993_459L, 0L, 1_073_741_824L, false, false)),
                QuotaXml.limits(xml("volume-quota-gv0-list.xml")));
    }

    @Test
    void exceededLimitsAreTrueAndAPathWithoutLimitHasOnlyItsUsage() {
        List<QuotaLimit> limits = QuotaXml.limits(xml("volume-quota-gv0-list-from-source.xml"));

        assertEquals(List.of(
                new QuotaLimit("/", 10_737_418_240L, 80, 8_589_934_592L, 9_663_676_416L, 1_073_741_824L, true, false),
                new QuotaLimit("/full", 1_048_576L, 50, 524_288L, 2_097_152L, 0L, true, true),
                new QuotaLimit("/nolimit", null, null, null, 4096L, null, null, null)), limits);
    }

    @Test
    void limitUsageAnswersWithoutAList() {
        assertEquals(List.of(), QuotaXml.limits(xml("volume-quota-gv0-limit.xml")));
    }
}
