package org.gluster.restapi.cli;

import org.w3c.dom.Element;

/**
 * A successful CLI answer: {@code root} is the {@code <cliOutput>} element, or null when the
 * CLI answered in plain text (heal launch), in which case {@code message} holds that text.
 */
public record CliOutput(int opErrno, String message, Element root) {

    public XmlNode xml() {
        return new XmlNode(root);
    }
}
