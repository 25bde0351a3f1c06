package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The problem a failure would have answered, for failures that happen outside a request (a job's
 * work): the same mappers decide — every {@link ProblemMapper} bean, wherever its package — and the
 * one for the nearest exception type wins, as in JAX-RS.
 */
@ApplicationScoped
public class Problems {

    private List<ProblemMapper<?>> mappers;

    protected Problems() {
    }

    @Inject
    public Problems(@Any Instance<ProblemMapper<?>> mappers) {
        this(mappers.stream().toList());
    }

    public Problems(List<ProblemMapper<?>> mappers) {
        this.mappers = List.copyOf(mappers);
    }

    public Problem of(RuntimeException failure) {
        return mappers.stream().filter(m -> m.handles().isInstance(failure))
                .min(Comparator.comparingInt(m -> distance(failure.getClass(), m.handles())))
                .map(m -> problem(m, failure))
                .orElseGet(() -> Problem.of(500, "Internal error", "the gateway failed unexpectedly"));
    }

    public List<Class<?>> handled() {
        return mappers.stream().<Class<?>>map(ProblemMapper::handles).toList();
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> Problem problem(ProblemMapper<E> mapper, Throwable failure) {
        return mapper.problem((E) failure);
    }

    private static int distance(Class<?> type, Class<?> ancestor) {
        int steps = 0;
        for (Class<?> c = type; c != null && c != ancestor; c = c.getSuperclass()) {
            steps++;
        }
        return steps;
    }
}
