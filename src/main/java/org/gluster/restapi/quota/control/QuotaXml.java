package org.gluster.restapi.quota.control;

import java.util.List;
import org.gluster.restapi.cli.XmlNode;
import org.gluster.restapi.quota.entity.QuotaLimit;

/**
 * Maps the {@code <volQuota>} of {@code volume quota VOL list [PATH…]}. A path the CLI cannot read is
 * left out of the XML (the CLI prints its error on stderr, and opRet stays 0).
 */
public final class QuotaXml {

    private QuotaXml() {
    }

    public static List<QuotaLimit> limits(XmlNode cliOutput) {
        return cliOutput.child("volQuota").children("limit").stream().map(QuotaXml::limit).toList();
    }

    private static QuotaLimit limit(XmlNode l) {
        return new QuotaLimit(l.text("path"), l.longValue("hard_limit").orElse(null),
                percent(l.text("soft_limit_percent")), l.longValue("soft_limit_value").orElse(null),
                l.longValue("used_space").orElse(null), l.longValue("avail_space").orElse(null),
                yesNo(l.text("sl_exceeded")), yesNo(l.text("hl_exceeded")));
    }

    private static Integer percent(String text) {
        try {
            return Integer.valueOf(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text) {
            case "Yes" -> Boolean.TRUE;
            case "No" -> Boolean.FALSE;
            default -> null;
        };
    }
}
