package org.gluster.restapi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The OpenAPI document the build generates its Java client from (src/test/openapi/glusterrestd.json),
 * compared with the one the gateway serves. The served one is written pretty-printed to
 * target/openapi/glusterrestd.json each time, ready to replace the kept one when the API changed.
 */
final class ServedDocument {

    static final Path KEPT = Path.of("src/test/openapi/glusterrestd.json").toAbsolutePath();
    static final Path SERVED = Path.of("target/openapi/glusterrestd.json").toAbsolutePath();
    static final String REFRESH = "the document the client was generated from is not the served one: when the API"
            + " changed on purpose, cp target/openapi/glusterrestd.json src/test/openapi/glusterrestd.json";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 20;

    private ServedDocument() {
    }

    /** Where the served document differs from the kept one (JSON pointers), the version aside. */
    static List<String> differences(String served) throws IOException {
        JsonNode now = JSON.readTree(served);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(now) + "\n");
        return differences(JSON.readTree(KEPT.toFile()), now);
    }

    static List<String> differences(JsonNode kept, JsonNode served) {
        List<String> found = new ArrayList<>();
        compare("", withoutVersion(kept), withoutVersion(served), found);
        return found.size() > SHOWN ? found.subList(0, SHOWN) : found;
    }

    private static JsonNode withoutVersion(JsonNode document) {
        JsonNode copy = document.deepCopy();
        ((ObjectNode) copy.path("info")).remove("version");
        return copy;
    }

    private static void compare(String pointer, JsonNode kept, JsonNode served, List<String> found) {
        if (kept.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            kept.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!kept.has(name) || !served.has(name)) {
                    found.add(at + (kept.has(name) ? " is no longer served" : " is served but not kept"));
                } else {
                    compare(at, kept.get(name), served.get(name), found);
                }
            }
        } else if (!kept.equals(served)) {
            found.add(pointer + ": kept " + abbreviated(kept) + ", served " + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
