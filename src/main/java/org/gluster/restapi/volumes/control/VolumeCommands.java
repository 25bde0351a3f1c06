package org.gluster.restapi.volumes.control;

import static org.gluster.restapi.validation.GlusterNames.count;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.Catalog;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;

/** Turns volume requests into gluster commands through the catalog, adding the checks /v1 makes on top. */
public final class VolumeCommands {

    private static final int MAX_BRICKS = 1024;
    private static final int MAX_OPTIONS = 256;

    private VolumeCommands() {
    }

    public static GlusterCommand info(String volume) {
        return Catalog.VOLUME_INFO.build(List.of(checkedName(volume)), Map.of());
    }

    public static GlusterCommand infoAll() {
        return Catalog.VOLUME_INFO.build(List.of("all"), Map.of());
    }

    public static GlusterCommand statusAll() {
        return Catalog.VOLUME_STATUS.build(List.of("all"), Map.of("detail", "detail"));
    }

    public static GlusterCommand status(String volume) {
        return Catalog.VOLUME_STATUS.build(List.of(checkedName(volume)), Map.of("detail", "detail"));
    }

    public static GlusterCommand create(VolumeCreateRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a volume needs at least a name and bricks");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (set(request.replica())) {
            named.put("replica", count("replica", request.replica(), 2, MAX_BRICKS));
            if (set(request.arbiter())) {
                named.put("arbiter", request.arbiter());
            }
        } else if (set(request.arbiter())) {
            throw new InvalidInputException("arbiter", "an arbiter needs a replica count");
        }
        putIfSet(named, "disperse", request.disperse());
        putIfSet(named, "disperseData", request.disperseData());
        putIfSet(named, "redundancy", request.redundancy());
        if (request.transport() != null) {
            named.put("transport", request.transport());
        }
        if (request.bricks() == null || request.bricks().isEmpty() || request.bricks().size() > MAX_BRICKS) {
            throw new InvalidInputException("bricks", "a volume has 1 to " + MAX_BRICKS + " bricks");
        }
        named.put("bricks", request.bricks());
        named.put("force", Boolean.TRUE.equals(request.force()));
        return Catalog.VOLUME_CREATE.build(List.of(checkedName(request.name())), named);
    }

    public static GlusterCommand delete(String volume) {
        return Catalog.VOLUME_DELETE.build(List.of(checkedName(volume)), Map.of());
    }

    public static GlusterCommand start(String volume, boolean force) {
        return Catalog.VOLUME_START.build(List.of(checkedName(volume)), Map.of("force", force));
    }

    public static GlusterCommand stop(String volume, boolean force) {
        return Catalog.VOLUME_STOP.build(List.of(checkedName(volume)), Map.of("force", force));
    }

    public static GlusterCommand getOptions(String volume) {
        return Catalog.VOLUME_GET.build(List.of(checkedName(volume), "all"), Map.of());
    }

    public static GlusterCommand getOption(String volume, String key) {
        if ("all".equals(key)) {
            throw new InvalidInputException("key", "names one option; GET .../options lists them all");
        }
        return Catalog.VOLUME_GET.build(List.of(checkedName(volume), nonNull("key", key)), Map.of());
    }

    public static GlusterCommand setOptions(String volume, Map<String, String> options) {
        if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new InvalidInputException("options", "names 1 to " + MAX_OPTIONS + " options to set");
        }
        return Catalog.VOLUME_SET.build(List.of(checkedName(volume)), Map.of("options", options));
    }

    public static GlusterCommand resetOption(String volume, String key) {
        return Catalog.VOLUME_RESET.build(List.of(checkedName(volume), nonNull("key", key)), Map.of());
    }

    public static GlusterCommand resetOptions(String volume) {
        return Catalog.VOLUME_RESET.build(List.of(checkedName(volume)), Map.of());
    }

    /** "all" is a word of the CLI, not a volume a /v1 path may name. */
    public static String checkedName(String volume) {
        if ("all".equals(volume)) {
            throw new InvalidInputException("name", "'all' is reserved by GlusterFS");
        }
        return nonNull("name", volume);
    }

    private static String nonNull(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    private static boolean set(Integer count) {
        return count != null && count != 0;
    }

    private static void putIfSet(Map<String, Object> named, String name, Integer count) {
        if (set(count)) {
            named.put(name, count);
        }
    }
}
