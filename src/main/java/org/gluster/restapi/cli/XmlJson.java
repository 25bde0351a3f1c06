package org.gluster.restapi.cli;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Turns the XML answer of {@code gluster --mode=script --xml} into JSON mechanically, so every
 * command has a JSON form without hand-written mapping. The rules, applied to every element:
 * <ul>
 * <li>The result is the object for {@code <cliOutput>} itself (always an object, possibly empty),
 * without its direct {@code opRet}, {@code opErrno} and {@code opErrstr} children, which are
 * reported elsewhere. Elements of those names deeper down (e.g. per snapshot in
 * {@code snapshot delete all}) are kept.</li>
 * <li>No child elements and no attributes: a JSON string of the element's text, stripped of
 * surrounding white space ({@code <opErrstr/>} gives {@code ""}). An empty container such as
 * {@code <volumes/>} or {@code <fopStats/>} is therefore {@code ""}, not {@code {}}.</li>
 * <li>Child elements: a JSON object with one member per child tag, in order of first appearance.
 * A tag that occurs more than once in the same parent becomes an array of the converted children
 * in document order.</li>
 * <li>Tags in {@link #ALWAYS_ARRAY} are arrays even when they occur once, so the shape does not
 * depend on how many volumes, bricks, peers... there are. An absent tag stays absent (no empty
 * array is invented; look at the sibling {@code count} where the CLI gives one). This is by tag
 * name alone, so a single result such as {@code volStart.volume}, {@code volCreate.volume} or
 * {@code snapCreate.snapshot} is a one-element array too.</li>
 * <li>Attributes become members named {@code "@"} + attribute name. Text directly inside an
 * element that also has child elements or attributes (the mixed content of {@code volume info}'s
 * {@code <brick uuid="..">host:/path<name>..</name>..</brick>}) becomes member {@code "#text"};
 * an element with attributes but no child elements always has {@code "#text"} (maybe
 * {@code ""}), an element with child elements only when its own text is not blank.</li>
 * <li>Every value is a string: no number or boolean guessing, so the shape never depends on the
 * data ({@code "-"}, {@code "N/A"} and {@code "0.00"} all stay strings).</li>
 * <li>Comments, processing instructions and whitespace-only text nodes are ignored; the other
 * text and CDATA nodes of an element are concatenated.</li>
 * </ul>
 */
public final class XmlJson {

    /**
     * Tags GlusterFS uses for the items of a collection; always converted to an array. An entry
     * {@code "parent/tag"} applies only below that parent: {@code hostname} is a list item only
     * in {@code peer status}' {@code <hostnames>}, and a single value under {@code peer},
     * {@code node} and {@code client}.
     * <p>
     * Seen in the GlusterFS 10.3 samples: {@code volume} (volInfo/volStatus/volList/volStart...),
     * {@code brick} (volume info, heal info, profile, top; also status task params), {@code node}
     * (volume status, rebalance, remove-brick status), {@code peer}, {@code hostnames/hostname},
     * {@code option} (volume info), {@code Opt} (volume get), {@code client} (status clients),
     * {@code file} (heal info; also top), {@code limit} (quota list), {@code block} (profile).
     * From the CLI's XML writer (cli-xml-output.c), not in the samples: {@code task} (status
     * tasks), {@code fop} (profile), {@code snapshot} and {@code snapVolume} (snapshot
     * list/info/status), {@code pool} (status mem), {@code connection}, {@code inode},
     * {@code fd} (status inode/fd), {@code callStack}, {@code callFrame} (status callpool),
     * {@code session}, {@code pair} (geo-replication status).
     * <p>
     * Deliberately not here: {@code gfid} (an attribute of heal info's {@code <file>}, and a single
     * child of {@code <inode>}), and per-brick {@code intervalStats}/{@code cumulativeStats}
     * (one each).
     */
    public static final Set<String> ALWAYS_ARRAY = Set.of(
            "volume", "brick", "node", "peer", "hostnames/hostname", "option", "Opt", "client",
            "file", "limit", "block", "task", "fop", "snapshot", "snapVolume", "pool", "connection",
            "inode", "fd", "callStack", "callFrame", "session", "pair");

    /** The members of {@code <cliOutput>} that are reported outside the converted JSON. */
    private static final Set<String> STATUS_TAGS = Set.of("opRet", "opErrno", "opErrstr");

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory JSON = PROVIDER.createBuilderFactory(Map.of());

    private XmlJson() {
    }

    /**
     * The JSON form of a parsed {@code <cliOutput>} element, by the rules in the class comment.
     *
     * @throws NullPointerException if {@code cliOutput} is null
     */
    public static JsonObject toJson(Element cliOutput) {
        Objects.requireNonNull(cliOutput, "cliOutput");
        return object(cliOutput, STATUS_TAGS);
    }

    private static JsonValue value(Element element) {
        if (!hasChildElements(element) && !element.hasAttributes()) {
            return PROVIDER.createValue(ownText(element));
        }
        return object(element, Set.of());
    }

    private static JsonObject object(Element element, Set<String> skipped) {
        JsonObjectBuilder result = JSON.createObjectBuilder();
        for (Attr attribute : attributes(element)) {
            result.add("@" + attribute.getName(), attribute.getValue());
        }
        String text = ownText(element);
        if (!text.isEmpty() || element.hasAttributes() && !hasChildElements(element)) {
            result.add("#text", text);
        }
        String parent = element.getTagName();
        for (Map.Entry<String, List<Element>> group : childrenByTag(element).entrySet()) {
            String tag = group.getKey();
            List<Element> children = group.getValue();
            if (skipped.contains(tag)) {
                continue;
            }
            if (children.size() > 1 || ALWAYS_ARRAY.contains(tag) || ALWAYS_ARRAY.contains(parent + "/" + tag)) {
                JsonArrayBuilder array = JSON.createArrayBuilder();
                children.forEach(child -> array.add(value(child)));
                result.add(tag, array);
            } else {
                result.add(tag, value(children.get(0)));
            }
        }
        return result.build();
    }

    private static boolean hasChildElements(Element element) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<Element>> childrenByTag(Element element) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                groups.computeIfAbsent(child.getTagName(), tag -> new ArrayList<>()).add(child);
            }
        }
        return groups;
    }

    /** Attributes sorted by name: a DOM gives them in no specified order. */
    private static List<Attr> attributes(Element element) {
        if (!element.hasAttributes()) {
            return List.of();
        }
        NamedNodeMap map = element.getAttributes();
        List<Attr> attributes = new ArrayList<>(map.getLength());
        for (int i = 0; i < map.getLength(); i++) {
            attributes.add((Attr) map.item(i));
        }
        attributes.sort(Comparator.comparing(Attr::getName));
        return attributes;
    }

    /** The element's own text (not its children's), whitespace-only text nodes left out, stripped. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!n.getNodeValue().isBlank()) {
                        text.append(n.getNodeValue());
                    }
                }
                case Node.ENTITY_REFERENCE_NODE -> text.append(n.getTextContent());
                default -> {
                    // elements are converted on their own; comments and processing instructions are dropped
                }
            }
        }
        return text.toString().strip();
    }
}
