package org.gluster.restapi.quota.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.quota.entity.QuotaLimit;
import org.gluster.restapi.quota.entity.QuotaLimitRequest;
import org.gluster.restapi.validation.InvalidInputException;

/** Directory quotas of a volume, through the catalog's volume-quota. */
@ApplicationScoped
public class Quota {

    private static final String NO_LIMITS = "No quota configured on volume";

    @Inject
    CommandFacade facade;

    /** With quota on and no limit set, the CLI fails with "No quota configured": that is no limits. */
    public List<QuotaLimit> limits(String volume) {
        GlusterCommand list = command(volume, "list", Map.of());
        try {
            return QuotaXml.limits(facade.execute(list).xml());
        } catch (CliFailedException e) {
            if (e.opErrstr().startsWith(NO_LIMITS)) {
                return List.of();
            }
            throw e;
        }
    }

    public Runnable enable(String volume, boolean enabled) {
        GlusterCommand command = command(volume, enabled ? "enable" : "disable", Map.of());
        return () -> facade.execute(command);
    }

    public List<QuotaLimit> limit(String volume, QuotaLimitRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "names a path and a size");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("path", request.path());
        named.put("size", request.size());
        if (request.softLimit() != null) {
            named.put("softLimit", request.softLimit().endsWith("%") ? request.softLimit() : request.softLimit() + "%");
        }
        facade.execute(command(volume, "limit-usage", named));
        return limits(volume);
    }

    public void remove(String volume, String path) {
        facade.execute(command(volume, "remove", Collections.singletonMap("path", path)));
    }

    private static GlusterCommand command(String volume, String action, Map<String, Object> named) {
        Map<String, Object> all = new LinkedHashMap<>(named);
        all.put("action", action);
        return QuotaTargets.QUOTA.on(volume, all);
    }

}
