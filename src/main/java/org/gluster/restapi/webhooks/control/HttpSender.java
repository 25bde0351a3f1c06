package org.gluster.restapi.webhooks.control;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The JDK's HTTP client: HTTP/1.1, no redirects followed, a connect and an answer timeout; the
 * receiver's body is never read (the stream is closed at once), so a receiver cannot hold a worker
 * by streaming, and nothing it says reaches the delivery record.
 */
final class HttpSender implements Sender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    HttpSender(Executor executor) {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).executor(executor).build();
    }

    @Override
    public Outcome post(URI url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return Outcome.answered(response.statusCode());
        } catch (HttpConnectTimeoutException e) {
            return Outcome.failed("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Outcome.failed("no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            return Outcome.failed("connection refused or unreachable");
        } catch (IOException e) {
            return Outcome.failed(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("the gateway stopped during the attempt");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String said = e.getClass().getSimpleName() + message;
        return said.length() > 200 ? said.substring(0, 200) + "…" : said;
    }
}
