package org.gluster.restapi.volumes.control;

import static org.gluster.restapi.validation.GlusterNames.brick;
import static org.gluster.restapi.validation.GlusterNames.count;
import static org.gluster.restapi.validation.GlusterNames.optionKey;
import static org.gluster.restapi.validation.GlusterNames.optionValue;
import static org.gluster.restapi.validation.GlusterNames.volumeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;

/** Validates what a volume request says and turns it into gluster CLI words. */
public final class VolumeCommands {

    private static final Set<String> TRANSPORTS = Set.of("tcp", "rdma", "tcp,rdma");
    private static final int MAX_BRICKS = 1024;
    private static final int MAX_OPTIONS = 256;

    private VolumeCommands() {
    }

    public static GlusterCommand info(String volume) {
        return GlusterCommand.read("volume", "info", volumeName("name", volume));
    }

    public static GlusterCommand infoAll() {
        return GlusterCommand.read("volume", "info", "all");
    }

    public static GlusterCommand statusAll() {
        return GlusterCommand.read("volume", "status", "all", "detail");
    }

    public static GlusterCommand status(String volume) {
        return GlusterCommand.read("volume", "status", volumeName("name", volume), "detail");
    }

    public static GlusterCommand create(VolumeCreateRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a volume needs at least a name and bricks");
        }
        List<String> args = new ArrayList<>(List.of("volume", "create", volumeName("name", request.name())));
        if (request.replica() != null && request.replica() != 0) {
            args.addAll(List.of("replica", String.valueOf(count("replica", request.replica(), 2, MAX_BRICKS))));
            if (request.arbiter() != null && request.arbiter() != 0) {
                args.addAll(List.of("arbiter", String.valueOf(count("arbiter", request.arbiter(), 1, 1))));
            }
        } else if (request.arbiter() != null && request.arbiter() != 0) {
            throw new InvalidInputException("arbiter", "an arbiter needs a replica count");
        }
        addCount(args, "disperse", "disperse", request.disperse());
        addCount(args, "disperse-data", "disperseData", request.disperseData());
        addCount(args, "redundancy", "redundancy", request.redundancy());
        if (request.transport() != null) {
            if (!TRANSPORTS.contains(request.transport())) {
                throw new InvalidInputException("transport", "is one of " + TRANSPORTS);
            }
            args.addAll(List.of("transport", request.transport()));
        }
        List<String> bricks = request.bricks();
        if (bricks == null || bricks.isEmpty() || bricks.size() > MAX_BRICKS) {
            throw new InvalidInputException("bricks", "a volume has 1 to " + MAX_BRICKS + " bricks");
        }
        for (int i = 0; i < bricks.size(); i++) {
            args.add(brick("bricks[" + i + "]", bricks.get(i)));
        }
        if (Boolean.TRUE.equals(request.force())) {
            args.add("force");
        }
        return GlusterCommand.mutate(args);
    }

    private static void addCount(List<String> args, String word, String field, Integer value) {
        if (value != null && value != 0) {
            args.addAll(List.of(word, String.valueOf(count(field, value, 1, MAX_BRICKS))));
        }
    }

    public static GlusterCommand delete(String volume) {
        return GlusterCommand.mutate("volume", "delete", volumeName("name", volume));
    }

    public static GlusterCommand start(String volume, boolean force) {
        return forced(force, "volume", "start", volumeName("name", volume));
    }

    public static GlusterCommand stop(String volume, boolean force) {
        return forced(force, "volume", "stop", volumeName("name", volume));
    }

    private static GlusterCommand forced(boolean force, String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        if (force) {
            args.add("force");
        }
        return GlusterCommand.mutate(args);
    }

    public static GlusterCommand getOptions(String volume) {
        return GlusterCommand.read("volume", "get", volumeName("name", volume), "all");
    }

    public static GlusterCommand getOption(String volume, String key) {
        return GlusterCommand.read("volume", "get", volumeName("name", volume), optionKey("key", key));
    }

    public static GlusterCommand setOptions(String volume, Map<String, String> options) {
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "names 1 to " + MAX_OPTIONS + " options to set");
        }
        List<String> args = new ArrayList<>(List.of("volume", "set", volumeName("name", volume)));
        options.forEach((key, value) -> {
            args.add(optionKey("options", key));
            args.add(optionValue("options." + key, value));
        });
        return GlusterCommand.mutate(args);
    }

    public static GlusterCommand resetOption(String volume, String key) {
        return GlusterCommand.mutate("volume", "reset", volumeName("name", volume), optionKey("key", key));
    }

    public static GlusterCommand resetOptions(String volume) {
        return GlusterCommand.mutate("volume", "reset", volumeName("name", volume));
    }
}
