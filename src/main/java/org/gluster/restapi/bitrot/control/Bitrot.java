package org.gluster.restapi.bitrot.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.bitrot.entity.ScrubRequest;
import org.gluster.restapi.bitrot.entity.ScrubStatus;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.cli.ThisNode;
import org.gluster.restapi.validation.InvalidInputException;

/** Bitrot detection and its scrubber. The CLI's bitrot prints text only (its XML mode prints nothing). */
@ApplicationScoped
public class Bitrot {

    @Inject
    CommandFacade facade;

    @Inject
    ThisNode thisNode;

    public void detection(String volume, boolean on) {
        facade.execute(command(volume, Map.of("action", on ? "enable" : "disable")));
    }

    public ScrubStatus status(String volume) {
        return ScrubStatusText.parse(facade.execute(command(volume, Map.of("action", "scrub-status"))).message(),
                thisNode.name());
    }

    public void scrub(String volume, String step) {
        if (!List.of("pause", "resume", "ondemand").contains(step)) {
            throw new InvalidInputException("step", "is pause, resume or ondemand");
        }
        facade.execute(command(volume, Map.of("action", "scrub-" + step)));
    }

    public void configure(String volume, ScrubRequest request) {
        if (request == null || request.throttle() == null && request.frequency() == null) {
            throw new InvalidInputException("body", "sets throttle, frequency or both");
        }
        GlusterCommand throttle = request.throttle() == null ? null
                : command(volume, Map.of("scrubThrottle", request.throttle()));
        GlusterCommand frequency = request.frequency() == null ? null
                : command(volume, Map.of("scrubFrequency", request.frequency()));
        if (throttle != null) {
            facade.execute(throttle);
        }
        if (frequency != null) {
            facade.execute(frequency);
        }
    }

    private static GlusterCommand command(String volume, Map<String, Object> named) {
        return BitrotTargets.BITROT.on(volume, named);
    }
}
