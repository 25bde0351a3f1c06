package org.gluster.restapi.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class UnusedSchemasTest {

    @Test
    void onlyWhatAnOperationReachesStays() {
        Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        OpenAPI document = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                        .addSchema("VolumeList", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().ref("Volume")))
                        .addSchema("Volume", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                                .addProperty("live", OASFactory.createSchema().ref("VolumeStatus")))
                        .addSchema("VolumeStatus", object)
                        .addSchema("Problem", object)
                        .addSchema("Response", object))
                .paths(OASFactory.createPaths().addPathItem("/v1/volumes", OASFactory.createPathItem().GET(
                        OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", OASFactory.createAPIResponse().content(CommandOperations
                                        .json(OASFactory.createSchema().ref("VolumeList"))))
                                .addAPIResponse("404", OASFactory.createAPIResponse().content(CommandOperations
                                        .json(OASFactory.createSchema().ref("Problem"))))))));

        UnusedSchemas.prune(document);

        assertEquals(Set.of("VolumeList", "Volume", "VolumeStatus", "Problem"),
                document.getComponents().getSchemas().keySet());
    }
}
