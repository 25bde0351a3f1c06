package org.gluster.restapi.paging;

import java.util.Optional;

/** What a request asked: at most {@code limit} items (0: all) after the key {@code after} (empty: from the start). */
public record PageRequest(int limit, Optional<String> after) {

    public static PageRequest all() {
        return new PageRequest(0, Optional.empty());
    }

    public boolean paged() {
        return limit > 0;
    }
}
