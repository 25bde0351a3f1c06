package org.gluster.restapi.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, deployed as it ships, or with other settings baked in. */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("glusterrest.war", "target/glusterrestd.war")));
    }

    public static WebArchive warWithSettings(String properties) {
        WebArchive war = war();
        war.delete(CONFIG);
        return war.add(new StringAsset(properties), CONFIG);
    }
}
