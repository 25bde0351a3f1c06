package org.gluster.restapi.openapi;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import org.gluster.restapi.problems.Problem;

/**
 * The OpenAPI explorer at /rest/explorer/: Swagger UI's files from its webjar and our own page and
 * initializer. Only the files named here are served; the page may load scripts from this node only.
 */
@WebServlet(urlPatterns = "/rest/explorer/*")
public class ExplorerServlet extends HttpServlet {

    private static final String OWN = "META-INF/explorer/";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", OWN, "explorer.js", OWN,
            "swagger-ui-bundle.js", WEBJAR, "swagger-ui-standalone-preset.js", WEBJAR,
            "swagger-ui.css", WEBJAR, "index.css", WEBJAR, "favicon-32x32.png", WEBJAR);
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "png", "image/png");
    static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        String name = info == null || info.equals("/") ? "index.html" : info.substring(1);
        String directory = FILES.get(name);
        try (InputStream in = directory == null ? null
                : ExplorerServlet.class.getClassLoader().getResourceAsStream(directory + name)) {
            if (in == null) {
                Problem.of(404, "Not found", "the explorer has no file " + name).at(request.getRequestURI())
                        .writeTo(response);
                return;
            }
            response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", directory == WEBJAR ? "public, max-age=86400" : "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String swaggerUiVersion() {
        try (InputStream in = ExplorerServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
