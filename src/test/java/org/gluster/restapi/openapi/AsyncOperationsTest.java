package org.gluster.restapi.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class AsyncOperationsTest {

    @Test
    void aLongOperationBecomesTwoWithOneSuccessShapeEach() {
        Operation start = OASFactory.createOperation().operationId("startVolume").summary("start a volume")
                .addParameter(OASFactory.createParameter().name("name").in(Parameter.In.PATH))
                .addParameter(OASFactory.createParameter().name("Prefer").in(Parameter.In.HEADER))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("the volume"))
                        .addAPIResponse("202", OASFactory.createAPIResponse().description("the job"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("no such volume")));
        Operation list = OASFactory.createOperation().operationId("listVolumes")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()));
        Operation test = OASFactory.createOperation().operationId("testWebhook")
                .addParameter(OASFactory.createParameter().name("webhook").in(Parameter.In.PATH))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("attempted"))
                        .addAPIResponse("202", OASFactory.createAPIResponse().description("not attempted yet")));
        OpenAPI document = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/v1/webhooks/{webhook}/test", OASFactory.createPathItem().POST(test))
                .addPathItem("/v1/volumes/{name}/start", OASFactory.createPathItem().POST(start))
                .addPathItem("/v1/volumes", OASFactory.createPathItem().GET(list)));

        AsyncOperations.split(document);

        assertEquals(Set.of("200", "404"), start.getResponses().getAPIResponses().keySet());
        assertEquals(List.of("name"), start.getParameters().stream().map(Parameter::getName).toList());
        Operation async = document.getPaths().getPathItem("/v1/async/volumes/{name}/start").getPOST();
        assertEquals("startVolumeAsync", async.getOperationId());
        assertEquals(Set.of("202", "404"), async.getResponses().getAPIResponses().keySet());
        assertEquals(List.of("name"), async.getParameters().stream().map(Parameter::getName).toList());
        assertNull(document.getPaths().getPathItem("/v1/async/volumes"));
        assertNull(document.getPaths().getPathItem("/v1/async/webhooks/{webhook}/test"), "no Prefer, no job form");
        assertEquals(Set.of("200", "202"), test.getResponses().getAPIResponses().keySet());
    }
}
