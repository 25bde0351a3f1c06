package org.gluster.restapi.commands.cache;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reads one request was answered from, so that its response tells the truth: where they came
 * from (Server-Timing), how old they are (Age) and how long they stay fresh (Cache-Control). A
 * request that sent {@code Cache-Control: no-cache} revalidates: each of its reads runs the CLI.
 */
@RequestScoped
public class ReadLedger {

    private final List<ReadCache.Answer> answers = new ArrayList<>();
    private boolean revalidating;

    public void revalidate() {
        revalidating = true;
    }

    public boolean revalidating() {
        return revalidating;
    }

    public void record(ReadCache.Answer answer) {
        answers.add(answer);
    }

    public boolean empty() {
        return answers.isEmpty();
    }

    /** miss when any read ran the CLI for this request, else shared when any joined another's run, else hit. */
    public String outcome() {
        if (answers.stream().anyMatch(a -> a.outcome() == ReadCache.Outcome.MISS)) {
            return "miss";
        }
        return answers.stream().anyMatch(a -> a.outcome() == ReadCache.Outcome.SHARED) ? "shared" : "hit";
    }

    /** Whole seconds since the oldest read was fetched. */
    public long ageSeconds(Instant now) {
        return answers.stream().map(a -> Duration.between(a.fetched(), now)).max(Duration::compareTo)
                .map(d -> Math.max(0, d.toSeconds())).orElse(0L);
    }

    public boolean live() {
        return answers.stream().anyMatch(ReadCache.Answer::live);
    }
}
