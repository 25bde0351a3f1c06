package org.gluster.restapi.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** One page of a list: its items, how many passed the filters in all, and the cursor of the next page. */
public record Page<T>(List<T> items, int total, Optional<String> next) {

    /**
     * The page {@code request} asks for, sorted by {@code key}; the whole list (no limit, no cursor) keeps
     * the order it came in.
     */
    public static <T> Page<T> of(List<T> filtered, Function<T, String> key, PageRequest request) {
        if (!request.paged() && request.after().isEmpty()) {
            return new Page<>(List.copyOf(filtered), filtered.size(), Optional.empty());
        }
        List<T> sorted = filtered.stream().sorted((a, b) -> key.apply(a).compareTo(key.apply(b))).toList();
        List<T> rest = request.after().map(after -> sorted.stream().filter(t -> key.apply(t).compareTo(after) > 0)
                .toList()).orElse(sorted);
        if (!request.paged() || rest.size() <= request.limit()) {
            return new Page<>(rest, sorted.size(), Optional.empty());
        }
        List<T> items = rest.subList(0, request.limit());
        return new Page<>(List.copyOf(items), sorted.size(), Optional.of(Cursor.after(key.apply(items.get(items.size() - 1)))));
    }

    /**
     * The page of the items that pass {@code filter}, keyed by their place in {@code all}: for lists whose
     * order means something (the bricks of a volume), which pages keep.
     */
    public static <T> Page<T> inOrder(List<T> all, Predicate<T> filter, PageRequest request) {
        List<Integer> places = IntStream.range(0, all.size()).filter(i -> filter.test(all.get(i))).boxed().toList();
        return of(places, i -> String.format("%06d", i), request).map(all::get);
    }

    public <R> Page<R> map(Function<T, R> change) {
        return new Page<>(items.stream().map(change).toList(), total, next);
    }
}
