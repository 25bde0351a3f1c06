package org.gluster.restapi.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.gluster.restapi.jobs.boundary.AsyncForm;
import org.gluster.restapi.jobs.boundary.AsyncResponses;

/**
 * One success shape per operation: a long operation that answers its result (200/204) or, with
 * {@code Prefer: respond-async}, a job (202) is documented as two operations. The synchronous one
 * keeps its path and its result; {@code <operationId>Async} at {@code /v1/async/...} (see
 * {@link AsyncForm}) answers only the 202 with the Job. Generated clients then get a typed result for
 * both; the Prefer header still works on the synchronous path for hand-written clients.
 */
final class AsyncOperations {

    static final String SUFFIX = "Async";

    private AsyncOperations() {
    }

    static void split(OpenAPI openAPI) {
        Map<String, PathItem> added = new LinkedHashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            if (responses == null || !responses.hasAPIResponse("202") || !path.startsWith("/v1/")
                    || operation.getParameters() == null || operation.getParameters().stream().noneMatch(AsyncOperations::isPrefer)) {
                return;
            }
            Operation async = OASFactory.createObject(Operation.class)
                    .operationId(operation.getOperationId() + SUFFIX)
                    .summary(operation.getSummary() + "; as a job: 202 at once, then GET /v1/jobs/{id}")
                    .description(operation.getDescription()).tags(operation.getTags())
                    .requestBody(operation.getRequestBody())
                    .responses(OASFactory.createObject(APIResponses.class));
            if (operation.getParameters() != null) {
                operation.getParameters().stream().filter(p -> !isPrefer(p)).forEach(async::addParameter);
                operation.setParameters(new ArrayList<>(operation.getParameters().stream().filter(p -> !isPrefer(p)).toList()));
            }
            responses.getAPIResponses().forEach((code, response) -> {
                if (!code.startsWith("2") || code.equals("202")) {
                    async.getResponses().addAPIResponse(code, response);
                }
            });
            responses.removeAPIResponse("202");
            operation.description((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                    + "Its asynchronous form is " + async.getOperationId() + "; a hand-written client may also send "
                    + "Prefer: respond-async here and get the 202 with the job.");
            added.computeIfAbsent("/" + AsyncForm.PREFIX + path.substring("/v1/".length()),
                    p -> OASFactory.createObject(PathItem.class)).setOperation(method, async);
        }));
        added.forEach(openAPI.getPaths()::addPathItem);
    }

    private static boolean isPrefer(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && AsyncResponses.PREFER.equalsIgnoreCase(parameter.getName());
    }
}
