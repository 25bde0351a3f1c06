package org.gluster.restapi.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built, deployed as it ships but for its settings: each test class
 * gets a state directory of its own under target/it-state, plus whatever else it needs, after the
 * shipped configuration (later lines win).
 */
public final class Deployments {

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";
    /** Tests other than LimitsIT fire requests faster than the Storage Virtualize limits allow; later lines win. */
    private static final String GENEROUS_LIMITS = """
            glusterrest.limit.connections=64
            glusterrest.limit.auth-per-second=1000
            glusterrest.limit.commands-per-second=1000
            """;

    private Deployments() {
    }

    public static Path stateDir(Class<?> testClass) {
        return Path.of(System.getProperty("glusterrest.it.state", "target/it-state"), testClass.getSimpleName())
                .toAbsolutePath();
    }

    public static WebArchive war(Class<?> testClass) {
        return war(testClass, "");
    }

    public static WebArchive war(Class<?> testClass, String properties) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("glusterrest.war", "target/glusterrestd.war")));
        String shipped;
        try (InputStream in = war.get(CONFIG).getAsset().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(CONFIG);
        return war.add(new StringAsset(shipped + "\nglusterrest.state-dir=" + stateDir(testClass) + "\n"
                + GENEROUS_LIMITS + properties), CONFIG);
    }
}
