package org.gluster.restapi.jobs.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.gluster.restapi.problems.NotFoundException;
import org.junit.jupiter.api.Test;

class AsyncFormMatchTest {

    @SuppressWarnings("unused")
    static class Resource {
        public Object start(String name, @HeaderParam("Prefer") String prefer) {
            return null;
        }

        public Object create(Object request) {
            return null;
        }
    }

    @Test
    void theAsyncFormOfAMethodThatTakesPreferGoesOn() throws Exception {
        assertDoesNotThrow(() -> filter(true, "start", "v1/volumes/gv0/start"));
    }

    @Test
    void theAsyncFormOfAnyOtherMethodIsNotFoundBeforeItRuns() {
        var refused = assertThrows(NotFoundException.class, () -> filter(true, "create", "v1/volumes"));
        assertEquals("no asynchronous form of POST /v1/async/volumes: only long operations have one (the"
                + " <operationId>Async operations of /openapi)", refused.getMessage());
    }

    @Test
    void aRequestThatWasNotRewrittenIsLeftAlone() {
        assertDoesNotThrow(() -> filter(false, "create", "v1/volumes"));
    }

    private static void filter(boolean rewritten, String method, String path) throws Exception {
        Method target = Resource.class.getMethod(method, method.equals("start")
                ? new Class<?>[]{String.class, String.class} : new Class<?>[]{Object.class});
        Map<String, Object> properties = new HashMap<>();
        if (rewritten) {
            properties.put(AsyncForm.REWRITTEN, Boolean.TRUE);
        }
        UriInfo uri = proxy(UriInfo.class, Map.of("getPath", path));
        ContainerRequestContext request = proxy(ContainerRequestContext.class, Map.of("getMethod", "POST",
                "getUriInfo", uri, "getProperty", properties));
        AsyncFormMatch match = new AsyncFormMatch();
        match.resource = proxy(ResourceInfo.class, Map.of("getResourceMethod", target));
        match.filter(request);
    }

    /** Answers each named method with its value (getProperty looks its argument up in a map). */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, m, args) -> {
            Object answer = answers.get(m.getName());
            return answer instanceof Map<?, ?> map && args != null ? map.get(args[0]) : answer;
        });
    }
}
