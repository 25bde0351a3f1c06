package org.gluster.restapi.events.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * glustereventsd's list of webhooks on this node, {@code <glusterd store>/events/webhooks.json}:
 * {@code {"<url>": {"token": "…", "secret": "…"}}}. Keeps every other URL as it is, replaces an intake
 * URL of an earlier start (another port) by this one, and writes only when something changed: a temp
 * file (0600: it holds bearer tokens) renamed over the list, as gluster-eventsapi's readers expect.
 */
final class WebhooksFile {

    static final Pattern OUR_INTAKE = Pattern.compile("https?://127\\.0\\.0\\.1:[0-9]{1,5}" + IntakeUrl.PATH);

    private final Path file;

    WebhooksFile(Path store) {
        this.file = store.resolve("events").resolve("webhooks.json");
    }

    Path path() {
        return file;
    }

    /** Puts {@code url} with {@code token} in the list; true when the file had to change. */
    boolean ensure(String url, String token) throws IOException {
        JsonObject current = read();
        JsonObjectBuilder next = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> hook : current.entrySet()) {
            if (!OUR_INTAKE.matcher(hook.getKey()).matches()) {
                next.add(hook.getKey(), hook.getValue());
            }
        }
        next.add(url, Json.createObjectBuilder().add("token", token).add("secret", ""));
        JsonObject wanted = next.build();
        if (wanted.equals(current)) {
            return false;
        }
        write(wanted);
        return true;
    }

    private JsonObject read() throws IOException {
        if (!Files.exists(file)) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(file + " is not a JSON object; left as it is");
        }
    }

    private void write(JsonObject hooks) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".webhooks", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(temp, hooks.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
