package org.gluster.restapi.volumes.control;

import static org.gluster.restapi.commands.catalog.CommandTarget.mutate;
import static org.gluster.restapi.commands.catalog.CommandTarget.read;
import static org.gluster.restapi.commands.catalog.Param.choice;
import static org.gluster.restapi.commands.catalog.Param.keyword;
import static org.gluster.restapi.commands.catalog.Param.pairs;
import static org.gluster.restapi.commands.catalog.Param.value;
import static org.gluster.restapi.commands.catalog.Param.words;
import static org.gluster.restapi.commands.catalog.Params.ARBITER;
import static org.gluster.restapi.commands.catalog.Params.BRICKS;
import static org.gluster.restapi.commands.catalog.Params.BRICK_COUNT;
import static org.gluster.restapi.commands.catalog.Params.FORCE;
import static org.gluster.restapi.commands.catalog.Params.KEY;
import static org.gluster.restapi.commands.catalog.Params.VALUE;
import static org.gluster.restapi.commands.catalog.Params.VOLUME_NAME;
import static org.gluster.restapi.commands.catalog.Slot.named;
import static org.gluster.restapi.commands.catalog.Slot.pos;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.AnswerParams;
import org.gluster.restapi.commands.catalog.CommandTarget;
import org.gluster.restapi.commands.catalog.Param;
import org.gluster.restapi.commands.catalog.Params;
import org.gluster.restapi.commands.catalog.Slot;
import org.gluster.restapi.validation.GlusterNames;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;

/**
 * The volume commands, declared once for both surfaces, and how a /v1 request becomes one of them.
 * Every rule lives in the declaration (replica 2 or more, an arbiter with replica 3, 1 to 256
 * options), so {@code /rest/v1/volume-create} obeys it as {@code POST /v1/volumes} does.
 */
@ApplicationScoped
public class VolumeTargets implements CommandFamily {

    public static final int MAX_OPTIONS = 256;

    private static final Param NAME_OR_ALL = value("name", VolumeTargets::volumeOrAll, "the volume, or all");

    public static final CommandTarget LIST = read("volume-list", "list the volumes", Slot.words("volume", "list"),
            named(AnswerParams.FILTER_PARAM), named(AnswerParams.BYTES_PARAM));
    public static final CommandTarget INFO = read("volume-info", "describe volumes (all, or the one named)",
            Slot.words("volume", "info"), pos(NAME_OR_ALL), named(AnswerParams.FILTER_PARAM),
            named(AnswerParams.BYTES_PARAM));
    public static final CommandTarget STATUS = read("volume-status", "live status of volumes",
            Slot.words("volume", "status"), pos(NAME_OR_ALL),
            named(choice("detail", words("detail", "clients", "mem", "inode", "fd", "callpool", "tasks"),
                    "the kind of status"))).liveState();
    public static final CommandTarget CREATE = mutate("volume-create", "create a volume",
            Slot.words("volume", "create"), pos(VOLUME_NAME), named(Params.replica(2)), named(ARBITER),
            named(keyword("disperse", "disperse", BRICK_COUNT, "disperse count")),
            named(keyword("disperseData", "disperse-data", BRICK_COUNT, "disperse data count")),
            named(keyword("redundancy", "redundancy", BRICK_COUNT, "redundancy count")),
            named(choice("transport", Map.of("tcp", List.of("transport", "tcp"), "rdma", List.of("transport", "rdma"),
                    "tcp,rdma", List.of("transport", "tcp,rdma")), "transport type")),
            named(BRICKS), named(FORCE)).rule(Params.ARBITER_NEEDS_REPLICA_3);
    public static final CommandTarget START = mutate("volume-start", "start a volume",
            Slot.words("volume", "start"), pos(VOLUME_NAME), named(FORCE));
    public static final CommandTarget STOP = mutate("volume-stop", "stop a volume",
            Slot.words("volume", "stop"), pos(VOLUME_NAME), named(FORCE));
    public static final CommandTarget DELETE = mutate("volume-delete", "delete a stopped volume",
            Slot.words("volume", "delete"), pos(VOLUME_NAME));
    public static final CommandTarget SET = mutate("volume-set", "set volume options",
            Slot.words("volume", "set"), pos(VOLUME_NAME), named(pairs("options", KEY, VALUE,
                    "option names and values").mandatory().atMost(MAX_OPTIONS)));
    public static final CommandTarget GET = read("volume-get", "read volume options (all, or the one named)",
            Slot.words("volume", "get"), pos(VOLUME_NAME), pos(value("key", VolumeTargets::keyOrAll,
                    "the option, or all").mandatory()));
    public static final CommandTarget RESET = mutate("volume-reset", "reset volume options (all, or the one named)",
            Slot.words("volume", "reset"), pos(VOLUME_NAME), pos(value("key", KEY, "the option")), named(FORCE));

    @Override
    public List<CommandTarget> targets() {
        return List.of(LIST, INFO, STATUS, CREATE, START, STOP, DELETE, SET, GET, RESET);
    }

    public static GlusterCommand info(String volume) {
        return INFO.on(GlusterNames.volumeName("name", volume), Map.of());
    }

    public static GlusterCommand status(String volume, boolean detail) {
        return STATUS.on(GlusterNames.volumeName("name", volume), detail ? Map.of("detail", "detail") : Map.of());
    }

    public static GlusterCommand create(VolumeCreateRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a volume needs at least a name and bricks");
        }
        Map<String, Object> named = new LinkedHashMap<>();
        putIfSet(named, "replica", request.replica());
        putIfSet(named, "arbiter", request.arbiter());
        putIfSet(named, "disperse", request.disperse());
        putIfSet(named, "disperseData", request.disperseData());
        putIfSet(named, "redundancy", request.redundancy());
        if (request.transport() != null) {
            named.put("transport", request.transport());
        }
        named.put("bricks", request.bricks());
        named.put("force", Boolean.TRUE.equals(request.force()));
        return CREATE.on(request.name(), named);
    }

    public static GlusterCommand getOption(String volume, String key) {
        if ("all".equals(key)) {
            throw new InvalidInputException("key", "names one option; GET .../options lists them all");
        }
        return GET.build(Arrays.asList(volume, required("key", key)), Map.of());
    }

    public static GlusterCommand setOptions(String volume, Map<String, String> options) {
        return SET.on(volume, options == null ? Map.of() : Map.of("options", options));
    }

    private static String volumeOrAll(String field, String value) {
        return "all".equals(value) ? value : GlusterNames.volumeName(field, value);
    }

    private static String keyOrAll(String field, String value) {
        return "all".equals(value) ? value : GlusterNames.optionKey(field, value);
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** In a /v1 request a count of 0 is the same as none. */
    private static void putIfSet(Map<String, Object> named, String name, Integer count) {
        if (count != null && count != 0) {
            named.put(name, count);
        }
    }
}
