package org.gluster.restapi.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Null-safe navigation over the CLI's XML; a missing element reads as empty. */
public record XmlNode(Element element) {

    public boolean exists() {
        return element != null;
    }

    public XmlNode child(String name) {
        return children(name).stream().findFirst().orElse(new XmlNode(null));
    }

    public XmlNode path(String... names) {
        XmlNode node = this;
        for (String name : names) {
            node = node.child(name);
        }
        return node;
    }

    public List<XmlNode> children(String name) {
        List<XmlNode> result = new ArrayList<>();
        if (element == null) {
            return result;
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(new XmlNode(e));
            }
        }
        return result;
    }

    /** The element's own text, without the text of its children (bricks are mixed content). */
    public String ownText() {
        if (element == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    public String text() {
        return element == null ? "" : element.getTextContent().strip();
    }

    public String text(String childName) {
        return child(childName).text();
    }

    public String attribute(String name) {
        return element == null ? "" : element.getAttribute(name);
    }

    public int intValue(String childName, int fallback) {
        return longValue(childName).map(Long::intValue).orElse(fallback);
    }

    /** Numbers as the CLI prints them; "N/A", "-" and empty read as absent. */
    public Optional<Long> longValue(String childName) {
        try {
            return Optional.of(Long.parseLong(text(childName)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Decimals as the CLI prints them ("0.00", "5120.000000"); anything else reads as absent. */
    public Optional<Double> doubleValue(String childName) {
        try {
            double value = Double.parseDouble(text(childName));
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public boolean flag(String childName) {
        return "1".equals(text(childName));
    }
}
