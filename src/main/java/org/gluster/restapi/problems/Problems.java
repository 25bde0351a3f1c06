package org.gluster.restapi.problems;

import java.lang.reflect.ParameterizedType;
import java.util.Comparator;
import java.util.List;

/**
 * The problem a failure would have answered, for failures that happen outside a request (a job's
 * work): the same mappers decide, the one for the nearest exception type wins.
 */
public final class Problems {

    private static final List<ProblemMapper<? extends Throwable>> MAPPERS = List.of(new AuthenticationFailedMapper(),
            new BodyReadFailureMapper(), new CliFailedMapper(), new CliOutputUnreadableMapper(), new CliTimeoutMapper(),
            new GlusterdUnavailableMapper(), new InvalidInputMapper(), new LockWaitMapper(), new MalformedJsonMapper(),
            new StateUnavailableMapper(), new WebApplicationMapper(), new UnexpectedErrorMapper());

    private Problems() {
    }

    public static Problem of(RuntimeException failure) {
        return MAPPERS.stream().filter(m -> handled(m).isInstance(failure))
                .min(Comparator.comparingInt(m -> distance(failure.getClass(), handled(m))))
                .map(m -> problem(m, failure)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Problem problem(ProblemMapper<E> mapper, Throwable failure) {
        return mapper.problem((E) failure);
    }

    private static Class<?> handled(ProblemMapper<?> mapper) {
        return (Class<?>) ((ParameterizedType) mapper.getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }

    private static int distance(Class<?> type, Class<?> ancestor) {
        int steps = 0;
        for (Class<?> c = type; c != null && c != ancestor; c = c.getSuperclass()) {
            steps++;
        }
        return steps;
    }
}
