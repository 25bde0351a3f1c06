package org.gluster.restapi.openapi;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Payara 6.2025.10 writes a top-level {@code endpoints} member (the paths again, by application) that
 * OpenAPI 3 does not have, so validators and generators refuse the document. Its model sets it before
 * the filters run and its writer leaves empty maps out: emptying it here removes it from what is served.
 * Another runtime, or a Payara without the member, is left alone.
 */
final class PayaraEndpoints {

    private PayaraEndpoints() {
    }

    static void drop(OpenAPI openAPI) {
        try {
            Method set = openAPI.getClass().getMethod("setEndpoints", Map.class);
            set.invoke(openAPI, new HashMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // not Payara's model, or one without the member
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Payara's endpoints member could not be emptied", e);
        }
    }
}
