package org.gluster.restapi.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Back-to-back requests against a running gateway for a few seconds: prints the latency of admitted
 * and refused (429) requests and how many were admitted in each whole second. Run by
 * src/test/bench/limits.sh, which starts and stops the gateway.
 */
public final class LimitsBenchmark {

    record Sample(long startNanos, int status, long nanos) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("X-Auth-Token", token)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.noBody()).build();
        for (int i = 0; i < 200; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(1100);
        List<Sample> samples = new ArrayList<>();
        long began = System.nanoTime();
        long end = began + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            samples.add(new Sample(start, status, System.nanoTime() - start));
        }
        for (int status : new int[]{200, 429}) {
            List<Long> nanos = samples.stream().filter(s -> s.status() == status).map(Sample::nanos).sorted().toList();
            System.out.printf("HTTP %d: %6d requests, round trip p50 %.3f ms, p99 %.3f ms%n", status, nanos.size(),
                    pct(nanos, 50), pct(nanos, 99));
        }
        TreeMap<Long, Integer> perSecond = new TreeMap<>();
        samples.stream().filter(s -> s.status() == 200)
                .forEach(s -> perSecond.merge((s.startNanos() - began) / 1_000_000_000L, 1, Integer::sum));
        System.out.println("admitted in each whole second since the first request: " + perSecond.values());
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
