package org.gluster.restapi.jobs.control;

import java.util.regex.Pattern;
import org.gluster.restapi.jobs.entity.Job;
import org.gluster.restapi.validation.InvalidInputException;

/**
 * {@code GET /v1/jobs?node=&state=&operation=}: each one given must hold. {@code operation} matches
 * the whole operation or its first words ({@code rebalance}, {@code start volume}, {@code rebalance
 * volume gv0}).
 */
public record JobFilter(String node, String state, String operation) {

    private static final Pattern OPERATION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,199}");

    public static JobFilter of(String node, String state, String operation) {
        if (node != null && !JobIds.NODE.matcher(node).matches()) {
            throw new InvalidInputException("node", "is a node's name as the pool lists it (letters, digits, '.', "
                    + "'-')");
        }
        if (state != null && !Job.STATES.contains(state)) {
            throw new InvalidInputException("state", "is one of " + String.join(", ", Job.STATES));
        }
        if (operation != null && !OPERATION.matcher(operation).matches()) {
            throw new InvalidInputException("operation", "is an operation or its first words, such as 'rebalance' "
                    + "or 'start volume gv0' (letters, digits, spaces and ._:/-, at most 200)");
        }
        return new JobFilter(node, state, operation);
    }

    public boolean test(Job job) {
        return (node == null || node.equals(job.node())) && (state == null || state.equals(job.state()))
                && (operation == null || job.operation().equals(operation)
                || job.operation().startsWith(operation + " "));
    }
}
