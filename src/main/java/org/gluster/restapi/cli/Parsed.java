package org.gluster.restapi.cli;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One reading of a CLI answer into records, kept while the façade keeps answering that same answer: a
 * cached read hands out one {@link CliOutput} instance until something changes, so mapping its XML again
 * for every request (a tenth of a cached {@code GET /v1/volumes}, profiled) would only repeat the result.
 * Compared by identity, one slot: a new answer is read and replaces the last. {@code parse} must return
 * an immutable value, since every caller shares it.
 */
public final class Parsed<T> {

    private record Last<T>(CliOutput source, T value) {
    }

    private final Function<XmlNode, T> parse;
    private final AtomicReference<Last<T>> last = new AtomicReference<>();

    public Parsed(Function<XmlNode, T> parse) {
        this.parse = Objects.requireNonNull(parse, "parse");
    }

    public T of(CliOutput output) {
        Last<T> known = last.get();
        if (known != null && known.source() == output) {
            return known.value();
        }
        T value = parse.apply(output.xml());
        last.set(new Last<>(output, value));
        return value;
    }
}
