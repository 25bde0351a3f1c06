package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhooksFileTest {

    @TempDir
    Path store;

    JsonObject hooks() throws IOException {
        return Json.createReader(new StringReader(Files.readString(store.resolve("events/webhooks.json")))).readObject();
    }

    @Test
    void theIntakeIsAddedBesideTheOperatorsWebhooksAndAnEarlierPortOfItIsReplaced() throws IOException {
        Files.createDirectories(store.resolve("events"));
        Files.writeString(store.resolve("events/webhooks.json"), """
                {"http://10.0.0.9:9000/theirs": {"token": "t", "secret": ""},
                 "http://127.0.0.1:40001/events/intake": {"token": "old", "secret": ""}}""");
        WebhooksFile file = new WebhooksFile(store);
        assertTrue(file.ensure("http://127.0.0.1:40002/events/intake", "tok"));
        JsonObject hooks = hooks();
        assertEquals(2, hooks.size());
        assertEquals("t", hooks.getJsonObject("http://10.0.0.9:9000/theirs").getString("token"));
        assertEquals("tok", hooks.getJsonObject("http://127.0.0.1:40002/events/intake").getString("token"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
    }

    @Test
    void nothingIsWrittenWhenTheIntakeIsAlreadyThere() throws IOException {
        WebhooksFile file = new WebhooksFile(store);
        assertTrue(file.ensure("https://127.0.0.1:7443/events/intake", "tok"));
        var modified = Files.getLastModifiedTime(file.path());
        assertFalse(file.ensure("https://127.0.0.1:7443/events/intake", "tok"));
        assertEquals(modified, Files.getLastModifiedTime(file.path()));
        assertTrue(file.ensure("https://127.0.0.1:7443/events/intake", "new token"), "a new token is written");
    }

    @Test
    void aListThatIsNotJsonIsLeftAsItIs() throws IOException {
        Files.createDirectories(store.resolve("events"));
        Files.writeString(store.resolve("events/webhooks.json"), "not json");
        assertThrows(IOException.class, () -> new WebhooksFile(store).ensure("http://127.0.0.1:1/events/intake", "t"));
        assertEquals("not json", Files.readString(store.resolve("events/webhooks.json")));
    }
}
