package org.gluster.restapi.heal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.heal.entity.BrickHealInfo;
import org.gluster.restapi.heal.entity.BrickHealSummary;
import org.gluster.restapi.heal.entity.HealLaunch;

/** Self-heal of a replicated or dispersed volume, through the catalog's volume-heal. */
@ApplicationScoped
public class Heal {

    @Inject
    CommandFacade facade;

    public List<BrickHealInfo> info(String volume) {
        return HealXml.info(facade.execute(command(volume, "info")).xml());
    }

    public List<BrickHealInfo> splitBrain(String volume) {
        return HealXml.info(facade.execute(command(volume, "info-split-brain")).xml());
    }

    public List<BrickHealSummary> summary(String volume) {
        return HealXml.summary(facade.execute(command(volume, "info-summary")).xml());
    }

    public Supplier<HealLaunch> launch(String volume, boolean full) {
        GlusterCommand launch = command(volume, full ? "full" : null);
        return () -> new HealLaunch(full ? "full" : "index", facade.execute(launch).message());
    }

    public void enable(String volume, boolean enabled) {
        facade.execute(command(volume, enabled ? "enable" : "disable"));
    }

    private static GlusterCommand command(String volume, String action) {
        Map<String, Object> named = new HashMap<>();
        if (action != null) {
            named.put("action", action);
        }
        return HealTargets.HEAL.on(volume, named);
    }
}
