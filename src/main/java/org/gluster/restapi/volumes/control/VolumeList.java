package org.gluster.restapi.volumes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gluster.restapi.paging.Page;
import org.gluster.restapi.paging.PageRequest;
import org.gluster.restapi.paging.Paging;
import org.gluster.restapi.paging.Pattern;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeQuery;

/**
 * {@code GET /v1/volumes} with filters, fields and pages, over the (cached) {@code volume info all}.
 * {@code status} kept its first meaning: 1/true adds the live status; Created, Started or Stopped filter.
 */
@ApplicationScoped
public class VolumeList {

    static final Set<String> STATES = Set.of("Created", "Started", "Stopped");
    static final Set<String> HEAVY = Set.of("bricks", "options", "live");
    static final Set<String> FIELDS = Arrays.stream(Volume.class.getRecordComponents()).map(c -> c.getName())
            .collect(Collectors.toUnmodifiableSet());

    @Inject
    Volumes volumes;

    public Page<Volume> page(VolumeQuery query, PageRequest request) {
        Boolean live = isFlag(query.status()) ? Paging.flag("status", query.status()) : null;
        String state = live == null ? Paging.oneOf("status", query.status(), STATES) : null;
        Predicate<Volume> passes = filter(query, state);
        Set<String> fields = fields(query.fields());
        return Page.of(volumes.list(Boolean.TRUE.equals(live)).stream().filter(passes).toList(), Volume::name, request)
                .map(v -> only(v, fields));
    }

    static Predicate<Volume> filter(VolumeQuery query, String state) {
        Predicate<Volume> passes = v -> true;
        if (query.name() != null) {
            Pattern name = Pattern.of("name", query.name());
            passes = passes.and(v -> name.matches(v.name()));
        }
        if (query.type() != null) {
            Pattern type = Pattern.of("type", query.type());
            passes = passes.and(v -> type.matches(v.type()));
        }
        if (state != null) {
            passes = passes.and(v -> state.equalsIgnoreCase(v.status()));
        }
        return passes;
    }

    /** The fields asked for; null: all. */
    static Set<String> fields(String fields) {
        if (fields == null) {
            return null;
        }
        Set<String> asked = Arrays.stream(fields.split(",", -1)).map(String::strip).collect(Collectors.toSet());
        for (String field : asked) {
            if (!FIELDS.contains(field)) {
                throw new InvalidInputException("fields", "names members of a volume, comma-separated: "
                        + new java.util.TreeSet<>(FIELDS) + "; '" + field + "' is none");
            }
        }
        return asked;
    }

    /** Leaves out the heavy parts not asked for; the scalars are cheap and always answered. */
    static Volume only(Volume v, Set<String> fields) {
        if (fields == null) {
            return v;
        }
        return new Volume(v.name(), v.id(), v.status(), v.type(), v.transport(), v.brickCount(), v.distCount(),
                v.replicaCount(), v.arbiterCount(), v.disperseCount(), v.redundancyCount(), v.snapshotCount(),
                fields.contains("bricks") ? v.bricks() : null, fields.contains("options") ? v.options() : null,
                fields.contains("live") ? v.live() : null);
    }

    private static boolean isFlag(String status) {
        return status != null && List.of("0", "1", "true", "false").contains(status.toLowerCase(java.util.Locale.ROOT));
    }
}
