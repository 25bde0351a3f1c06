package org.gluster.restapi.georep.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.commands.CommandFacade;
import org.gluster.restapi.commands.catalog.CommandFamily;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.control.Invocation;
import org.gluster.restapi.georep.entity.GeorepKeys;
import org.gluster.restapi.identity.Roles;

/**
 * The key step: {@code gluster system:: execute gsec_create} makes each node's key pair (where missing)
 * and gathers the public keys into one common file, which {@code create push-pem} sends. It answers only
 * that file's path; a failure is passed on without any line that could hold key material.
 */
@ApplicationScoped
public class GeorepKeyStep implements CommandFamily {

    static final String COMMAND_WORDS = "gluster system:: execute gsec_create";
    /** The key step on /rest/v1, answered like /v1 (never the CLI's text). */
    public static final OwnCommand KEYS = new OwnCommand("georep-keys", "make the pool's geo-replication keys: "
            + COMMAND_WORDS + " (Administrator); answers the common public key file's path, never a key",
            true, List.of(), List.of());

    private static final Pattern PUB_FILE = Pattern.compile("present at (/[\\w./-]+\\.pem\\.pub)");
    private static final Pattern KEY_MATERIAL = Pattern.compile(
            "(?i)BEGIN|PRIVATE|ssh-|ecdsa-|command=|[A-Za-z0-9+/]{40,}");

    @Inject
    CommandFacade facade;

    public GeorepKeys run() {
        try {
            String said = facade.execute(GeorepTargets.KEYS.build(List.of(), Map.of())).message();
            return new GeorepKeys(COMMAND_WORDS, publicKeyFile(said));
        } catch (CliFailedException e) {
            throw new CliFailedException(e.opRet(), e.opErrno(), redacted(e.opErrstr())).as(e.kind());
        }
    }

    @Override
    public Map<OwnCommand, Function<Invocation, Object>> ownCommands() {
        return Map.of(KEYS, call -> {
            call.require(Roles.ADMINISTRATOR);
            GeorepKeys done = run();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("command", done.command());
            if (done.commonPublicKeyFile() != null) {
                row.put("common_public_key_file", done.commonPublicKeyFile());
            }
            return row;
        });
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
