package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jersey wraps a body that JSON-B cannot read in a ProcessingException. */
@Provider
@ApplicationScoped
public class BodyReadFailureMapper extends ProblemMapper<ProcessingException> {

    private static final Pattern UNKNOWN_MEMBER = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final Logger LOG = Logger.getLogger(BodyReadFailureMapper.class.getName());

    @Override
    public Problem problem(ProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException json) {
                return Problem.of(400, "Malformed JSON", "the body is not JSON of the expected shape: "
                        + firstSentence(json.getMessage()));
            }
        }
        LOG.log(Level.WARNING, "request processing failed", e);
        return Problem.of(400, "Unreadable request", "the request body could not be read");
    }

    static String firstSentence(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
        Matcher unknown = UNKNOWN_MEMBER.matcher(line);
        if (unknown.find()) {
            return "unknown member \"" + unknown.group(1) + "\"";
        }
        return line.replace("Internal error: ", "").replaceAll("\\b([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*", "a value");
    }
}
