package org.gluster.restapi.georep.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliOutput;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.georep.entity.GeorepStep;
import org.gluster.restapi.jobs.control.Work;
import org.gluster.restapi.problems.ConflictException;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * Start, stop, pause and resume, validated now and run as {@link Work} (at once, or as a job). GlusterFS
 * answers a stop or a pause of a session that is not running with success and "geo-replication is not set
 * up", and a pause of a never started one with plain success: the answer says that nothing was stopped,
 * and a pause that left the session unpaused is a 409.
 */
@ApplicationScoped
public class GeorepSteps {

    static final String NOT_RUNNING = "geo-replication is not set up";

    @Inject
    CommandFacade facade;

    @Inject
    Georep georep;

    public Work step(String volume, Secondary secondary, String action, boolean force) {
        var target = GeorepTargets.steps().get(action);
        if (target == null) {
            throw new InvalidInputException("action", "is start, stop, pause or resume");
        }
        GlusterCommand command = target.build(List.of(volume, secondary.cli()), Map.of("force", force));
        return progress -> answer(volume, secondary, action, facade.execute(command));
    }

    private GeorepStep answer(String volume, Secondary secondary, String action, CliOutput output) {
        return outcome(action, output.message(), georep.get(volume, secondary));
    }

    /** What the step did, from GlusterFS's words ({@code opErrstr} of a success) and the session after it. */
    static GeorepStep outcome(String action, String said, GeorepSession after) {
        boolean notRunning = said != null && said.contains(NOT_RUNNING);
        if ("pause".equals(action) && (notRunning || !"Paused".equals(after.status()))) {
            throw new ConflictException("the session from " + after.primaryVolume() + " to " + after.secondary()
                    + " is " + after.status() + ", not running: nothing was paused (GlusterFS answered success"
                    + (notRunning ? ": '" + NOT_RUNNING + "')" : ")"));
        }
        if (notRunning) {
            return new GeorepStep(action, false, "the session was not running (GlusterFS answered success with '"
                    + NOT_RUNNING + "'): nothing was " + ("stop".equals(action) ? "stopped" : "done"), after);
        }
        if ("stop".equals(action) && "Created".equals(after.status())) {
            return new GeorepStep(action, false, "the session was never started: nothing was stopped", after);
        }
        return new GeorepStep(action, true, null, after);
    }
}
