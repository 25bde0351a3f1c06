package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** glusterrest.auth=disabled lets requests in without a token, and /health says so. */
@ExtendWith(ArquillianExtension.class)
class AuthDisabledIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(AuthDisabledIT.class, "glusterrest.auth=disabled\n");
    }

    @ArquillianResource
    URL deployed;

    @Test
    void requestsGetInWithoutATokenAndHealthWarns() {
        Gateway anonymous = new Gateway(deployed);
        var volumes = anonymous.get("/v1/volumes");
        assertEquals(200, volumes.status(), volumes::toString);
        var health = anonymous.get("/health");
        assertTrue(health.body().contains("AUTHENTICATION IS DISABLED"), health::toString);
    }
}
