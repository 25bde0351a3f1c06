package org.gluster.restapi.georep.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.georep.entity.GeorepKeys;

/**
 * The key step: {@code gluster system:: execute gsec_create} makes each node's key pair (where missing)
 * and gathers the public keys into one common file, which {@code create push-pem} sends. It answers only
 * that file's path; a failure is passed on without any line that could hold key material.
 */
@ApplicationScoped
public class GeorepKeyStep {

    static final String COMMAND = "gluster system:: execute gsec_create";
    private static final Pattern PUB_FILE = Pattern.compile("present at (/[\\w./-]+\\.pem\\.pub)");
    private static final Pattern KEY_MATERIAL = Pattern.compile(
            "(?i)BEGIN|PRIVATE|ssh-|ecdsa-|command=|[A-Za-z0-9+/]{40,}");

    @Inject
    CommandFacade facade;

    public GeorepKeys run() {
        try {
            return new GeorepKeys(COMMAND, publicKeyFile(facade.execute(GeorepTargets.KEYS.build(List.of(), Map.of()))
                    .message()));
        } catch (CliFailedException e) {
            throw new CliFailedException(e.opRet(), e.opErrno(), redacted(e.opErrstr())).as(e.kind());
        }
    }

    static String publicKeyFile(String said) {
        Matcher file = PUB_FILE.matcher(said == null ? "" : said);
        return file.find() ? file.group(1) : null;
    }

    static String redacted(String text) {
        return text == null ? "" : text.lines().filter(line -> !KEY_MATERIAL.matcher(line).find())
                .reduce((a, b) -> a + "\n" + b).orElse("gsec_create failed (its output was withheld)");
    }
}
