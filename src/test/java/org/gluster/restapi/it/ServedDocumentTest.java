package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServedDocumentTest {

    private static final String KEPT = """
            {"info": {"title": "g", "version": "0.1.0"}, "paths": {"/v1/volumes": {"get": {"operationId": "listVolumes"}}},
             "components": {"schemas": {"Volume": {"required": ["name"]}}}}""";

    @Test
    void theSameDocumentInAnotherOrderAndAnotherVersionDiffersInNothing() throws Exception {
        String served = """
                {"components": {"schemas": {"Volume": {"required": ["name"]}}}, "info": {"version": "0.2.0",
                 "title": "g"}, "paths": {"/v1/volumes": {"get": {"operationId": "listVolumes"}}}}""";
        assertEquals(List.of(), ServedDocument.differences(ServedDocument.JSON.readTree(KEPT),
                ServedDocument.JSON.readTree(served)));
    }

    @Test
    void eachDifferenceIsNamedByItsPointer() throws Exception {
        String served = """
                {"info": {"title": "g", "version": "0.1.0"}, "paths": {"/v1/volumes": {"get": {"operationId": "listAll"},
                 "post": {}}}, "components": {"schemas": {"Volume": {"required": ["name", "id"]}}}}""";
        assertEquals(List.of("/components/schemas/Volume/required: kept [\"name\"], served [\"name\",\"id\"]",
                        "/paths/~1v1~1volumes/get/operationId: kept \"listVolumes\", served \"listAll\"",
                        "/paths/~1v1~1volumes/post is served but not kept"),
                ServedDocument.differences(ServedDocument.JSON.readTree(KEPT), ServedDocument.JSON.readTree(served)));
    }
}
