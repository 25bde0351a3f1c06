package org.gluster.restapi.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.Provider;

@Provider
@ApplicationScoped
public class MalformedJsonMapper extends ProblemMapper<JsonbException> {

    @Override
    public Problem problem(JsonbException e) {
        return Problem.of(400, "Malformed JSON", "the body is not JSON of the expected shape: "
                + BodyReadFailureMapper.firstSentence(e.getMessage()));
    }
}
