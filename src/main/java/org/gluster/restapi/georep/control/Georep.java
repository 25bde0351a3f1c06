package org.gluster.restapi.georep.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.georep.entity.GeorepRequest;
import org.gluster.restapi.georep.entity.GeorepSession;
import org.gluster.restapi.problems.NotFoundException;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * A volume's sessions: listed and read live ({@code status detail}, with the volume's bricks from
 * {@code volume info} to mark the pairs of nodes that did not answer Offline), created with the rsync
 * workaround, deleted.
 */
@ApplicationScoped
public class Georep {

    static final String ACCESS_MOUNT = "secondary-access-mount";

    @Inject
    CommandFacade facade;

    @Inject
    GeorepSettings settings;

    public List<GeorepSession> list(String volume) {
        return sessions(volume, null);
    }

    public GeorepSession get(String volume, Secondary secondary) {
        return sessions(volume, secondary).stream().findFirst().orElseThrow(() -> new NotFoundException(
                "no geo-replication session from " + volume + " to " + secondary.cli()));
    }

    /** Every value is checked before the first command runs; the options are set after the create. */
    public GeorepSession create(String volume, GeorepRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "names the secondaryHost and secondaryVolume");
        }
        Secondary secondary = Secondary.of(request.secondaryHost(), request.secondaryVolume(), request.secondaryUser());
        Map<String, Object> named = new LinkedHashMap<>();
        if (request.sshPort() != null) {
            named.put("ssh-port", request.sshPort());
        }
        named.put("push-pem", !Boolean.FALSE.equals(request.pushPem()));
        named.put("force", Boolean.TRUE.equals(request.force()));
        GlusterCommand create = GeorepTargets.CREATE.build(List.of(volume, secondary.cli()), named);
        List<GlusterCommand> sets = settings.sets(volume, secondary, initialOptions(secondary, request.config()));
        facade.execute(create);
        sets.forEach(facade::execute);
        return get(volume, secondary);
    }

    /**
     * What a create sets after it, the caller's {@code config} winning: {@code secondary-access-mount true}
     * (Debian's rsync 3.5.0), and for a non-root (mountbroker) session {@code sync-acls} and
     * {@code sync-xattrs false}: with them, every rsync batch to the unprivileged mount ends with code 23,
     * gsyncd retries each batch ten times, and live copying was seen to stop.
     */
    static Map<String, String> initialOptions(Secondary secondary, Map<String, String> config) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(ACCESS_MOUNT, "true");
        if (!Secondary.ROOT.equals(secondary.user())) {
            options.put("sync-acls", "false");
            options.put("sync-xattrs", "false");
        }
        if (config != null) {
            options.putAll(config);
        }
        return options;
    }

    public void delete(String volume, Secondary secondary, boolean resetSyncTime) {
        facade.execute(GeorepTargets.DELETE.build(List.of(volume, secondary.cli()),
                Map.of("reset-sync-time", resetSyncTime)));
    }

    /** {@code status detail}; with no session GlusterFS prints plain text and exits 2, even in XML mode (a 404). */
    private List<GeorepSession> sessions(String volume, Secondary secondary) {
        List<String> positional = secondary == null ? List.of(volume) : List.of(volume, secondary.cli());
        GlusterCommand status = GeorepTargets.STATUS.build(positional, Map.of());
        List<GeorepXml.Brick> bricks = GeorepXml.bricks(facade.execute(GeorepTargets.PRIMARY_BRICKS
                .build(List.of(volume), Map.of())).xml());
        try {
            return GeorepXml.sessions(facade.execute(status).xml(), volume).stream()
                    .map(s -> GeorepXml.withOffline(s, bricks)).toList();
        } catch (CliFailedException e) {
            if (GeorepXml.noSession(e)) {
                return List.of();
            }
            throw e;
        }
    }
}
