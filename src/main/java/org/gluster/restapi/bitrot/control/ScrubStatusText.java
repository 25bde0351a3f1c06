package org.gluster.restapi.bitrot.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gluster.restapi.bitrot.entity.CorruptObject;
import org.gluster.restapi.bitrot.entity.ScrubNode;
import org.gluster.restapi.bitrot.entity.ScrubStatus;

/**
 * Reads the text of {@code volume bitrot VOL scrub status}: a header of "label: value" lines, then
 * one block per node after a line of '='; the CLI calls the answering node "localhost".
 */
public final class ScrubStatusText {

    private static final String SELF = "localhost";
    private static final String SEPARATOR = "=====";
    private static final String IN_PROGRESS = " (In Progress)";
    private static final String IDLE = " (Idle)";
    private static final String PENDING = "Scrubber pending to complete.";
    private static final String CORRUPTED = "Corrupted object's [GFID]:";
    private static final Pattern OBJECT = Pattern.compile("(\\S+) ==> BRICK: (.*)");
    private static final Pattern OBJECT_PATH = Pattern.compile("path: (.*)");

    private ScrubStatusText() {
    }

    public static ScrubStatus parse(String cliText, String selfName) {
        List<List<String>> blocks = blocks(cliText);
        Map<String, String> header = labels(blocks.get(0));
        String state = header.getOrDefault("State of scrub", "");
        boolean running = state.endsWith(IN_PROGRESS);
        state = running ? strip(state, IN_PROGRESS) : strip(state, IDLE);
        List<ScrubNode> nodes = blocks.subList(1, blocks.size()).stream().filter(b -> !b.isEmpty())
                .map(b -> node(b, selfName)).toList();
        return new ScrubStatus(header.get("Volume name"), state, running, header.get("Scrub impact"),
                header.get("Scrub frequency"), header.get("Bitrot error log location"),
                header.get("Scrubber error log location"), nodes);
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith(SEPARATOR)) {
                blocks.add(block);
                block = new ArrayList<>();
            } else if (!line.isBlank()) {
                block.add(line.strip());
            }
        }
        blocks.add(block);
        return blocks;
    }

    private static ScrubNode node(List<String> lines, String selfName) {
        int corrupted = lines.indexOf(CORRUPTED);
        Map<String, String> values = labels(corrupted < 0 ? lines : lines.subList(0, corrupted));
        String node = values.get("Node");
        String last = values.get("Last completed scrub time");
        return new ScrubNode(SELF.equals(node) ? selfName : node, number(values.get("Number of Scrubbed files")),
                number(values.get("Number of Skipped files")), PENDING.equals(last) ? null : last,
                seconds(values.get("Duration of last scrub (D:M:H:M:S)")), number(values.get("Error count")),
                corrupted < 0 ? List.of() : objects(lines.subList(corrupted + 1, lines.size())));
    }

    /** "label: value" lines; the header pads "Volume name " before its colon. */
    private static Map<String, String> labels(List<String> lines) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                values.put(line.substring(0, colon).strip(), line.substring(colon + 2).strip());
            }
        }
        return values;
    }

    /** Each object is "GFID ==> BRICK: /brick" and, on the next line, "path: /file". */
    private static List<CorruptObject> objects(List<String> lines) {
        List<CorruptObject> objects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher object = OBJECT.matcher(lines.get(i));
            if (!object.matches()) {
                objects.add(new CorruptObject(lines.get(i), null, null));
                continue;
            }
            Matcher path = i + 1 < lines.size() ? OBJECT_PATH.matcher(lines.get(i + 1)) : null;
            boolean hasPath = path != null && path.matches();
            if (hasPath) {
                i++;
            }
            String file = hasPath ? path.group(1) : null;
            objects.add(new CorruptObject(object.group(1), object.group(2),
                    file == null || file.equals("(null)") ? null : file));
        }
        return objects;
    }

    /** "D:H:M:S" (the CLI's label says D:M:H:M:S but it prints four fields). */
    private static long seconds(String duration) {
        long[] unit = {86_400, 3_600, 60, 1};
        String[] parts = duration == null ? new String[0] : duration.split(":");
        if (parts.length != unit.length) {
            return 0;
        }
        long seconds = 0;
        for (int i = 0; i < unit.length; i++) {
            seconds += number(parts[i]) * unit[i];
        }
        return seconds;
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String strip(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }
}
