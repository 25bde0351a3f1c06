package org.gluster.restapi.cli;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads what {@code gluster --mode=script --xml} printed, trusting neither its exit code nor
 * its claim to print XML (see the CLI's traps in the samples README).
 */
public final class CliOutputReader {

    private static final Pattern TIMED_OUT = Pattern.compile("(?m)^Error : Request timed out");
    private static final String GLUSTERD_DOWN = "Connection failed. Please check if gluster daemon is operational.";
    private static final Pattern HEAL_LAUNCHED = Pattern.compile("(?s)^Launching heal operation.*has been successful");
    /** What {@code volume geo-replication … status --xml} prints, not XML, when there is no such session. */
    private static final String GEOREP_NO_SESSION = "geo-replication command failed";
    private static final Pattern HEAL_FAILED = Pattern.compile("(?s)^Launching heal operation.*has been unsuccessful");

    private CliOutputReader() {
    }

    public static CliOutput read(CliRun run) {
        String out = run.stdout();
        String all = run.combinedText();
        failIfUnanswered(all);
        int xmlStart = out.indexOf("<cliOutput");
        if (xmlStart >= 0) {
            return fromXml(out.substring(xmlStart), all);
        }
        String text = out.strip();
        if (run.exitCode() == 0 && HEAL_LAUNCHED.matcher(text).find()) {
            return new CliOutput(0, text, null);
        }
        if (HEAL_FAILED.matcher(all).find()) {
            throw new CliFailedException(-1, 0, all);
        }
        if (GEOREP_NO_SESSION.equals(text)) {
            throw new CliFailedException(-1, 0, "no such geo-replication session (the CLI printed '" + text
                    + "' instead of XML and exited with code " + run.exitCode() + ")").as(CliFailure.NOT_FOUND);
        }
        if (all.isEmpty()) {
            throw new CliOutputUnreadableException("the gluster CLI exited with code " + run.exitCode()
                    + " and printed nothing", "");
        }
        throw new CliOutputUnreadableException("the gluster CLI exited with code " + run.exitCode()
                + " without an XML answer", all);
    }

    /**
     * A command run without --xml: exit code 0 is success with the CLI's text; otherwise the text is
     * the failure, reported as opRet -1 with the CLI's words as opErrstr.
     */
    public static CliOutput readText(CliRun run) {
        String all = run.combinedText();
        failIfUnanswered(all);
        if (run.exitCode() != 0) {
            throw new CliFailedException(-1, 0, all.isEmpty() ? "the gluster CLI exited with code " + run.exitCode()
                    : all.replaceFirst("^[A-Za-z ]+ failed : ", ""));
        }
        return new CliOutput(0, all, null);
    }

    private static void failIfUnanswered(String all) {
        if (TIMED_OUT.matcher(all).find()) {
            throw new CliTimeoutException("glusterd did not answer in time: " + firstLine(all));
        }
        if (all.contains(GLUSTERD_DOWN)) {
            throw new GlusterdUnavailableException(GLUSTERD_DOWN);
        }
    }

    private static CliOutput fromXml(String xml, String all) {
        XmlNode root = new XmlNode(parse(xml, all).getDocumentElement());
        int opRet = root.intValue("opRet", Integer.MIN_VALUE);
        if (opRet == Integer.MIN_VALUE) {
            throw new CliOutputUnreadableException("the gluster CLI's XML has no opRet", all);
        }
        int opErrno = root.intValue("opErrno", 0);
        String opErrstr = root.text("opErrstr");
        if (opRet != 0) {
            throw new CliFailedException(opRet, opErrno, opErrstr.isEmpty() ? root.text("output") : opErrstr);
        }
        return new CliOutput(opErrno, opErrstr.isEmpty() ? root.text("output") : opErrstr, root.element());
    }

    private static org.w3c.dom.Document parse(String xml, String all) {
        try {
            return secureBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new CliOutputUnreadableException("the gluster CLI printed XML that does not parse", all);
        }
    }

    /**
     * Configured once (the JDK looks a factory up through the class loader, slow inside a server);
     * builders are made under its lock. Nodes are expanded at parse time, so a parsed answer is only
     * read afterwards and may be shared between threads (the read cache does).
     */
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
