package org.gluster.restapi.jobs.control;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** What a job does, once its input was validated; it may report progress as it goes. Returns the answer (or null). */
@FunctionalInterface
public interface Work {

    Object run(Consumer<Object> progress);

    static Work of(Supplier<?> work) {
        return progress -> work.get();
    }

    static Work of(Runnable work) {
        return progress -> {
            work.run();
            return null;
        };
    }
}
