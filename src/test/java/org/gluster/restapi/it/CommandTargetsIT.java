package org.gluster.restapi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.gluster.restapi.identity.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Storage Virtualize command targets under /rest/v1, against the real glusterd, and the gateway's own commands. */
@ExtendWith(ArquillianExtension.class)
class CommandTargetsIT {

    static final Path STATE = Deployments.stateDir(CommandTargetsIT.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(CommandTargetsIT.class);
    }

    @ArquillianResource
    URL deployed;

    Gateway anonymous;
    Gateway admin;

    @BeforeEach
    void connect() {
        anonymous = new Gateway(deployed);
        admin = Users.loggedIn(anonymous, STATE, "itcmdadmin", Roles.ADMINISTRATOR);
    }

    /** Each rule of the declarations, broken once through /v1 and once through /rest/v1: 400 naming the field, no CLI. */
    @Test
    void bothSurfacesRefuseWhatTheDeclarationsForbidWithoutRunningTheCli() {
        String b1 = LocalGlusterd.brick("itrule", "a");
        String b2 = LocalGlusterd.brick("itrule", "b");
        String b3 = LocalGlusterd.brick("itrule", "c");
        String options = java.util.stream.IntStream.rangeClosed(1, 257)
                .mapToObj(i -> "\"user.k" + i + "\": \"v\"").collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        List<String[]> cases = List.of(
                new String[]{"replica", "/v1/volumes", "{\"name\": \"itrule\", \"replica\": 1, \"bricks\": [\"" + b1 + "\"]}",
                        "/rest/v1/volume-create/itrule", "{\"replica\": 1, \"bricks\": [\"" + b1 + "\"]}"},
                new String[]{"arbiter", "/v1/volumes", "{\"name\": \"itrule\", \"replica\": 2, \"arbiter\": 1, "
                        + "\"bricks\": [\"" + b1 + "\", \"" + b2 + "\"]}",
                        "/rest/v1/volume-create/itrule", "{\"replica\": 2, \"arbiter\": 1, \"bricks\": [\"" + b1
                        + "\", \"" + b2 + "\"]}"},
                new String[]{"bricks", "/v1/volumes", "{\"name\": \"itrule\", \"bricks\": [\"" + b1 + "\", \"" + b1 + "\"]}",
                        "/rest/v1/volume-create/itrule", "{\"bricks\": [\"" + b1 + "\", \"" + b1 + "\"]}"},
                new String[]{"options", "/v1/volumes/gv0/options", "{\"options\": " + options + "}",
                        "/rest/v1/volume-set/gv0", "{\"options\": " + options + "}"},
                new String[]{"target", "/v1/volumes/gv0/bricks/replace", "{\"source\": \"" + b3 + "\", \"target\": \"" + b3 + "\"}",
                        "/rest/v1/volume-replace-brick/gv0", "{\"source\": \"" + b3 + "\", \"target\": \"" + b3 + "\"}"},
                new String[]{"force", "/v1/volumes/gv0/rebalance", "{\"fixLayout\": true, \"force\": true}",
                        "/rest/v1/volume-rebalance/gv0", "{\"action\": \"fix-layout\", \"force\": true}"});
        long runsBefore = Metrics.cliRuns(admin);
        for (String[] rule : cases) {
            for (int surface = 1; surface <= 3; surface += 2) {
                var answer = admin.post(rule[surface], rule[surface + 1]);
                assertEquals(400, answer.status(), rule[0] + " via " + rule[surface] + ": " + answer);
                assertTrue(answer.object().getString("detail").startsWith(rule[0]), rule[0] + ": " + answer);
            }
        }
        assertEquals(runsBefore, Metrics.cliRuns(admin), "no CLI ran for a refused request");
    }

    @Test
    void aReplicatedVolumeGoesThroughEveryCommandThisNodeSupports() {
        String v = "itcmd";
        remove(v);
        ok(admin.post("/rest/v1/volume-create/" + v, """
                {"replica": 3, "bricks": ["%s", "%s", "%s"], "force": true}"""
                .formatted(LocalGlusterd.brick(v, "a"), LocalGlusterd.brick(v, "b"), LocalGlusterd.brick(v, "c"))));
        var viaV1 = admin.get("/v1/volumes/" + v);
        assertEquals(200, viaV1.status(), "a volume made through /rest/v1 is seen by /v1: " + viaV1);

        var list = ok(admin.post("/rest/v1/volume-list", ""));
        assertTrue(list.object().getJsonObject("volList").getJsonArray("volume").contains(Json.string(v)), list::toString);
        var info = ok(admin.post("/rest/v1/volume-info/" + v, ""));
        JsonObject volume = info.object().getJsonObject("volInfo").getJsonObject("volumes").getJsonArray("volume")
                .getJsonObject(0);
        assertEquals("Replicate", volume.getString("typeStr"));
        ok(admin.post("/rest/volume-info/" + v, ""));
        ok(admin.post("/rest/v1/volume-start/" + v, "{\"force\": false}"));
        ok(admin.post("/rest/v1/volume-status/" + v, "{\"detail\": \"detail\"}"));
        ok(admin.post("/rest/v1/volume-set/" + v, "{\"options\": {\"performance.cache-size\": \"32MB\"}}"));
        var get = ok(admin.post("/rest/v1/volume-get/" + v + "/performance.cache-size", ""));
        assertEquals("32MB", get.object().getJsonObject("volGetopts").getJsonArray("Opt").getJsonObject(0)
                .getString("Value"));
        ok(admin.post("/rest/v1/volume-reset/" + v + "/performance.cache-size", ""));
        ok(admin.post("/rest/v1/volume-heal/" + v, "{\"action\": \"info\"}"));
        ok(admin.post("/rest/v1/volume-heal/" + v, "{\"action\": \"info-summary\"}"));
        var launched = ok(admin.post("/rest/v1/volume-heal/" + v, ""));
        assertTrue(launched.object().getString("output").contains("successful"), launched::toString);
        ok(admin.post("/rest/v1/volume-profile/" + v, "{\"action\": \"start\"}"));
        ok(admin.post("/rest/v1/volume-profile/" + v, "{\"action\": \"info\"}"));
        ok(admin.post("/rest/v1/volume-profile/" + v, "{\"action\": \"stop\"}"));
        ok(admin.post("/rest/v1/volume-top/" + v, "{\"metric\": \"read\", \"listCount\": 5}"));
        ok(admin.post("/rest/v1/volume-quota/" + v, "{\"action\": \"enable\"}"));
        ok(admin.post("/rest/v1/volume-quota/" + v, "{\"action\": \"limit-usage\", \"path\": \"/\", \"size\": \"1GB\","
                + " \"softLimit\": \"80%\"}"));
        var quota = ok(admin.post("/rest/v1/volume-quota/" + v, "{\"action\": \"list\"}"));
        assertEquals("1073741824", quota.object().getJsonObject("volQuota").getJsonArray("limit").getJsonObject(0)
                .getString("hard_limit"));
        ok(admin.post("/rest/v1/volume-quota/" + v, "{\"action\": \"disable\"}"));
        ok(admin.post("/rest/v1/volume-bitrot/" + v, "{\"action\": \"enable\"}"));
        ok(admin.post("/rest/v1/volume-bitrot/" + v, "{\"scrubThrottle\": \"lazy\"}"));
        var scrub = ok(admin.post("/rest/v1/volume-bitrot/" + v, "{\"action\": \"scrub-status\"}"));
        assertTrue(scrub.object().getString("output").contains("State of scrub"), scrub::toString);
        var twice = admin.post("/rest/v1/volume-bitrot/" + v, "{\"action\": \"enable\"}");
        assertEquals(409, twice.status(), twice::toString);
        assertTrue(twice.object().getString("opErrstr").contains("already enabled"), twice::toString);
        ok(admin.post("/rest/v1/volume-bitrot/" + v, "{\"action\": \"disable\"}"));
        String target = LocalGlusterd.brick(v, "c2");
        ok(admin.post("/rest/v1/volume-replace-brick/" + v, "{\"source\": \"%s\", \"target\": \"%s\"}"
                .formatted(volume.getJsonObject("bricks").getJsonArray("brick").getJsonObject(2).getString("name"),
                        target)));
        ok(admin.post("/rest/v1/volume-stop/" + v, "{\"force\": true}"));
        ok(admin.post("/rest/v1/volume-delete/" + v, ""));
        assertEquals(404, admin.get("/v1/volumes/" + v).status());

        var audit = ok(admin.post("/rest/v1/lsauditlog", ""));
        assertTrue(audit.array().stream().map(JsonValue::asJsonObject).anyMatch(e ->
                e.getString("command").equals("volume-create") && e.getString("arguments").startsWith(v)
                        && e.getString("user").equals("itcmdadmin") && e.getString("status").equals("200")),
                audit::toString);
    }

    @Test
    void aDistributedVolumeGrowsRebalancesAndShrinks() {
        String v = "itcmdd";
        remove(v);
        ok(admin.post("/rest/v1/volume-create/" + v, "{\"bricks\": [\"%s\", \"%s\"], \"force\": true}"
                .formatted(LocalGlusterd.brick(v, "d1"), LocalGlusterd.brick(v, "d2"))));
        ok(admin.post("/rest/v1/volume-start/" + v, ""));
        String third = LocalGlusterd.brick(v, "d3");
        ok(admin.post("/rest/v1/volume-add-brick/" + v, "{\"bricks\": [\"%s\"], \"force\": true}".formatted(third)));
        ok(admin.post("/rest/v1/volume-rebalance/" + v, "{\"action\": \"start\"}"));
        ok(admin.post("/rest/v1/volume-rebalance/" + v, "{\"action\": \"status\"}"));
        ok(admin.post("/rest/v1/volume-remove-brick/" + v, "{\"bricks\": [\"%s\"], \"action\": \"force\"}"
                .formatted(third)));
        ok(admin.post("/rest/v1/volume-stop/" + v, "{\"force\": true}"));
        ok(admin.post("/rest/v1/volume-delete/" + v, ""));
    }

    @Test
    void peerAndPoolCommandsAnswer() {
        var pool = ok(admin.post("/rest/v1/pool-list", ""));
        assertEquals(1, pool.object().getJsonObject("peerStatus").getJsonArray("peer").size());
        ok(admin.post("/rest/v1/peer-status", ""));
        var self = ok(admin.post("/rest/v1/peer-probe/" + LocalGlusterd.hostname(), ""));
        assertTrue(self.body().contains("not needed"), self::toString);
        assertEquals(404, admin.post("/rest/v1/peer-detach/nosuchhost", "").status());
    }

    @Test
    void snapshotsAnswerWithTheClisOwnErrorOnANodeWithoutLvm() {
        for (String call : List.of("/rest/v1/snapshot-list", "/rest/v1/snapshot-info",
                "/rest/v1/snapshot-create/itsnap/itnovol", "/rest/v1/snapshot-delete/itsnap")) {
            var answer = admin.post(call, "");
            assertEquals(409, answer.status(), answer::toString);
            assertTrue(answer.object().getString("opErrstr").contains("LVM"), answer::toString);
        }
    }

    @Test
    void injectionAndUnknownParametersAreRefusedBeforeAnyCli() {
        long before = Metrics.cliRuns(anonymous);
        refused(admin.post("/rest/v1/volume-start/gv0", "{\"force\": \"force; reboot\"}"), "force");
        refused(admin.post("/rest/v1/volume-info/-x", ""), "name");
        refused(admin.post("/rest/v1/volume-set/gv0", "{\"options\": {\"performance.cache-size\": \"1\\nforce\"}}"),
                "options");
        refused(admin.post("/rest/v1/volume-start/gv0", "{\"force\": true, \"extra\": 1}"), "extra");
        refused(admin.post("/rest/v1/volume-set/gv0", "{\"options\": {\"a.b\": [\"x\"]}}"), "options");
        refused(admin.post("/rest/v1/volume-create/x", "{\"bricks\": \"vm:/a\"}"), "bricks");
        refused(admin.post("/rest/v1/volume-info/gv0/extra", ""), "path");
        refused(admin.post("/rest/v1/volume-info", "[1, 2]"), "body");
        refused(admin.post("/rest/v1/peer-probe/a%20b", ""), "host");
        var unknown = admin.post("/rest/v1/volume-frobnicate", "");
        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.object().getString("detail").contains("volume-info"), "lists the catalog: " + unknown);
        var get = admin.get("/rest/v1/volume-list");
        assertEquals(405, get.status(), get::toString);
        assertTrue(get.header("Allow").contains("POST") && !get.header("Allow").contains("GET"), get::toString);
        assertEquals(before, Metrics.cliRuns(anonymous), "no CLI ran");
    }

    @Test
    void aMonitorRunsOnlyWhatReads() {
        Gateway monitor = Users.loggedIn(anonymous, STATE, "itcmdmon", Roles.MONITOR);
        ok(monitor.post("/rest/v1/volume-list", ""));
        ok(monitor.post("/rest/v1/lsuser", ""));
        ok(monitor.post("/rest/v1/lssecurity", ""));
        assertEquals(403, monitor.post("/rest/v1/volume-create/itmon", "{\"bricks\": [\"%s\"]}"
                .formatted(LocalGlusterd.brick("itmon", "b"))).status());
        assertEquals(403, monitor.post("/rest/v1/mkuser", "{\"name\": \"x\", \"usergrp\": \"Monitor\","
                + " \"password\": \"password1\"}").status());
        assertEquals(403, monitor.post("/rest/v1/chsecurity", "{\"restapitimeout\": 30}").status());
    }

    @Test
    void usersAreManagedWithTheStorageVirtualizeUserCommands() {
        Gateway security = Users.loggedIn(anonymous, STATE, "itsecadmin", Roles.SECURITY_ADMIN);
        security.post("/rest/v1/rmuser/itnew", "");
        ok(security.post("/rest/v1/mkuser", "{\"name\": \"itnew\", \"usergrp\": \"Monitor\", \"password\": \"first-pw-1\"}"));
        var one = ok(security.post("/rest/v1/lsuser/itnew", ""));
        JsonObject row = one.array().getJsonObject(0);
        assertEquals("itnew", row.getString("name"));
        assertEquals("Monitor", row.getString("usergrp_name"));
        assertEquals("no", row.getString("locked"));
        row.values().forEach(value -> assertEquals(JsonValue.ValueType.STRING, value.getValueType(), row::toString));
        assertEquals(11, row.size(), "the Storage Virtualize lsuser columns");

        var login = anonymous.auth("itnew", "first-pw-1");
        assertEquals(200, login.status());
        Gateway itnew = anonymous.withHeader("X-Auth-Token", login.object().getString("token"));
        ok(itnew.post("/rest/v1/chuser/itnew", "{\"password\": \"second-pw-2\"}"));
        var ended = itnew.post("/rest/v1/lsuser/itnew", "");
        assertEquals(401, ended.status(), "a password change ends the user's session tokens: " + ended);
        assertTrue(ended.body().contains("password of user itnew changed"), ended::toString);
        var relogin = anonymous.auth("itnew", "second-pw-2");
        assertEquals(200, relogin.status());
        itnew = anonymous.withHeader("X-Auth-Token", relogin.object().getString("token"));
        assertEquals(403, itnew.post("/rest/v1/chuser/itnew", "{\"usergrp\": \"SecurityAdmin\"}").status(),
                "a user changes only their own password");
        ok(security.post("/rest/v1/chuser/itnew", "{\"usergrp\": \"Administrator\"}"));
        assertEquals("Administrator", ok(security.post("/rest/v1/lsuser/itnew", "")).array().getJsonObject(0)
                .getString("usergrp_name"));

        var self = security.post("/rest/v1/rmuser/itsecadmin", "");
        assertEquals(400, self.status(), self::toString);
        ok(security.post("/rest/v1/rmuser/itnew", ""));
        assertEquals(404, security.post("/rest/v1/lsuser/itnew", "").status());

        var groups = ok(security.post("/rest/v1/lsusergrp", ""));
        assertEquals(3, groups.array().size());
        var me = ok(security.post("/rest/v1/lscurrentuser", ""));
        assertEquals("itsecadmin", me.array().getJsonObject(0).getString("name"));

        var audit = ok(security.post("/rest/v1/lsauditlog", "")).body();
        assertTrue(audit.contains("mkuser") && audit.contains("******") && !audit.contains("first-pw-1"),
                "passwords are masked in the audit log: " + audit);
    }

    /** What the Storage Virtualize Ansible collection sends right after /rest/auth, whatever the user's group. */
    @Test
    void aStorageVirtualizeClientRegistersItsPluginAndSendsNullBodies() {
        Gateway monitor = Users.loggedIn(anonymous, STATE, "itplugmon", Roles.MONITOR);
        long runsBefore = Metrics.cliRuns(admin);
        ok(monitor.post("/rest/registerplugin", """
                {"name": "itansible", "uniquekey": "it-key-1", "version": "2.7.0",
                 "metadata": "IBM Storage Virtualize Ansible collection ibm_svc_info"}"""));
        ok(monitor.post("/rest/v1/registerplugin", "{\"name\": \"itansible\", \"uniquekey\": \"it-key-2\"}"));
        var plugins = ok(monitor.post("/rest/v1/lsplugin", "null")).body();
        assertTrue(plugins.contains("\"uniquekey\":\"it-key-1\"") && plugins.contains("ibm_svc_info")
                && plugins.contains("\"registered_by\":\"itplugmon\""), plugins);
        ok(monitor.post("/rest/lsuser", "null"));
        ok(monitor.post("/rest/v1/lscurrentuser", "{}"));
        ok(monitor.post("/rest/v1/lsusergrp", ""));

        var nul = monitor.post("/rest/v1/registerplugin", "{\"name\": \"bad\\u0000\", \"uniquekey\": \"k\"}");
        refused(nul, "name");
        assertEquals("application/problem+json", nul.header("Content-Type").split(";")[0], nul::toString);
        refused(monitor.post("/rest/v1/registerplugin", "{\"name\": \"n\", \"uniquekey\": \"k\", \"colour\": \"red\"}"),
                "colour");
        assertFalse(ok(monitor.post("/rest/v1/lsplugin", "")).body().contains("bad"), "a refused plugin is not kept");
        var audit = ok(Users.loggedIn(anonymous, STATE, "itplugsec", Roles.SECURITY_ADMIN)
                .post("/rest/v1/lsauditlog", "")).body();
        assertTrue(audit.contains("registerplugin") && audit.contains("it-key-1"), audit);
        assertEquals(runsBefore, Metrics.cliRuns(admin), "the gateway's own commands run no CLI");
    }

    /**
     * The IBM Storage Virtualize Ansible collection's REST client, as it behaves: POST /rest/auth with the
     * user in headers and the body {@code null}, registerplugin right after, then each command as
     * /rest/<command>/<url-quoted positional arguments> with its options as a JSON object or {@code null}.
     */
    @Test
    void theStorageVirtualizeAnsibleClientsFlowRunsEndToEnd() {
        String user = "itsv.ansible@x";
        String password = Users.create(STATE, user, Roles.ADMINISTRATOR);
        var auth = anonymous.send(anonymous.request("/rest/auth").header("Content-Type", "application/json")
                .header("X-Auth-Username", user).header("X-Auth-Password", password)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("null")));
        String token = ok(auth).object().getString("token");
        ok(svc(token, "registerplugin", "{\"name\": \"Ansible\", \"uniquekey\": \"" + user + "_8796754435\", "
                + "\"version\": \"2.7.0\", \"metadata\": \"ibm_svc_manage_volume module with class IBMSVCvolume has "
                + "been executed by " + user + "\"}"));
        String v = "itsvflow";
        remove(v);
        ok(svc(token, "volume-create", "{\"bricks\": [\"%s\", \"%s\"], \"transport\": \"tcp\", \"force\": true}"
                .formatted(LocalGlusterd.brick(v, "s1"), LocalGlusterd.brick(v, "s2")), v));
        ok(svc(token, "volume-set", "{\"options\": {\"performance.cache-size\": \"32MB\"}}", v));
        ok(svc(token, "volume-start", null, v));
        JsonObject started = ok(svc(token, "volume-info", null, v)).object().getJsonObject("volInfo")
                .getJsonObject("volumes").getJsonArray("volume").getJsonObject(0);
        assertEquals("Started", started.getString("statusStr"), started::toString);
        assertTrue(ok(svc(token, "lsuser", null)).body().contains("\"name\":\"" + user + "\""));
        assertEquals(user, ok(svc(token, "lsuser", null, user)).array().getJsonObject(0).getString("name"));
        ok(svc(token, "lssecurity", null));
        ok(svc(token, "volume-stop", null, v));
        ok(svc(token, "volume-delete", null, v));
        var gone = svc(token, "volume-info", null, v);
        assertEquals(404, gone.status(), gone::toString);
        assertTrue(ok(svc(token, "lsplugin", null)).body().contains("\"registered_by\":\"" + user + "\""));
    }

    /** As the collection sends a command: POST, its JSON options or null, the token; arguments quoted like Python's quote. */
    private Gateway.Answer svc(String token, String command, String options, String... arguments) {
        StringBuilder path = new StringBuilder("/rest/").append(command);
        for (String argument : arguments) {
            path.append('/');
            for (byte b : argument.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                path.append(Character.isLetterOrDigit(c) && c < 128 || "_.-~/".indexOf(c) >= 0 ? String.valueOf(c)
                        : "%%%02X".formatted(b & 0xff));
            }
        }
        return anonymous.send(anonymous.request(path.toString()).header("Content-Type", "application/json")
                .header("X-Auth-Token", token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(options == null ? "null" : options)));
    }

    /** filtervalue and bytes on the gateway's own ls commands, as Storage Virtualize clients send them. */
    @Test
    void theOwnListCommandsTakeFiltervalueAndBytesAndRefuseABadFilter() {
        Gateway security = Users.loggedIn(anonymous, STATE, "itfvsec", Roles.SECURITY_ADMIN);
        Users.create(STATE, "itfv.one", Roles.MONITOR);
        Users.create(STATE, "itfv.two", Roles.ADMINISTRATOR);
        var mine = ok(security.post("/rest/v1/lsuser", "{\"filtervalue\": \"name=ITFV.*\", \"bytes\": true}"));
        assertEquals(List.of("itfv.one", "itfv.two"), mine.array().stream()
                .map(u -> u.asJsonObject().getString("name")).sorted().toList(), mine::toString);
        var monitors = ok(security.post("/rest/lsuser", "{\"filtervalue\": \"usergrp_name=monitor\"}"));
        assertTrue(monitors.array().size() >= 1 && monitors.array().stream().allMatch(u -> u.asJsonObject()
                .getString("usergrp_name").equals("Monitor")), monitors::toString);
        assertEquals("SecurityAdmin", ok(security.post("/rest/v1/lsusergrp", "{\"filtervalue\": \"name=*admin\"}"))
                .array().getJsonObject(0).getString("name"));
        assertEquals(0, ok(security.post("/rest/v1/lsauditlog", "{\"filtervalue\": \"command=nosuchcommand\"}"))
                .array().size());

        refused(security.post("/rest/v1/lsuser", "{\"filtervalue\": \"colour=red\"}"), "filtervalue");
        refused(security.post("/rest/v1/lsuser", "{\"filtervalue\": \"name=i*f*\"}"), "filtervalue");
        refused(security.post("/rest/v1/lsplugin", "{\"filtervalue\": \"name\"}"), "filtervalue");
        refused(security.post("/rest/v1/lssecurity", "{\"bytes\": \"yes\"}"), "bytes");
        var bad = security.post("/rest/v1/lsuser/itfv.one", "{\"filtervalue\": \"group=x\"}");
        assertEquals("application/problem+json", bad.header("Content-Type").split(";")[0], bad::toString);

        var document = anonymous.get("/openapi?format=json");
        assertEquals(200, document.status());
        JsonObject body = document.object().getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("LsuserParameters").getJsonObject("properties");
        assertTrue(body.containsKey("filtervalue") && body.containsKey("bytes"), body::toString);
        assertTrue(body.getJsonObject("filtervalue").getString("description").contains("usergrp_name"), body::toString);
    }

    /** Positional arguments arrive URL-quoted: they are decoded once, not twice. */
    @Test
    void positionalArgumentsAreDecodedOnce() {
        Gateway security = Users.loggedIn(anonymous, STATE, "itquotesec", Roles.SECURITY_ADMIN);
        Users.create(STATE, "it.quote@x", Roles.MONITOR);
        var one = ok(security.post("/rest/v1/lsuser/it.quote%40x", ""));
        assertEquals("it.quote@x", one.array().getJsonObject(0).getString("name"));
        ok(security.post("/rest/lsuser/it%2Equote%40x", "null"));
        var twice = security.post("/rest/v1/lsuser/it.quote%2540x", "");
        assertEquals(404, twice.status(), twice::toString);
        assertTrue(twice.body().contains("it.quote%40x"), "decoded once, not twice: " + twice);
    }

    @Test
    void chsecurityChangesTheLimitsAndTheTokenLifetimeEverywhere() {
        Gateway security = Users.loggedIn(anonymous, STATE, "itsec2", Roles.SECURITY_ADMIN);
        refused(security.post("/rest/v1/chsecurity", "{\"restapitimeout\": 5}"), "restapitimeout");
        ok(security.post("/rest/v1/chsecurity", "{\"restapitimeout\": 20}"));
        var settings = ok(security.post("/rest/v1/lssecurity", "")).array().getJsonObject(0);
        assertEquals("20", settings.getString("restapitimeout"));
        assertEquals("1", settings.getString("cliconcurrency"));
        var token = Jwts.payload(anonymous.auth("itsec2", Users.create(STATE, "itsec2", Roles.SECURITY_ADMIN)).object()
                .getString("token"));
        assertEquals(1200, token.getJsonNumber("exp").longValue() - token.getJsonNumber("iat").longValue());
        ok(security.post("/rest/v1/chsecurity", "{\"restapitimeout\": 60}"));
    }

    /**
     * Geo-replication on the one local glusterd: a volume without a session lists none (GlusterFS prints
     * plain text and exits 2), each bad value is a 400 through both surfaces with no CLI run, and the key
     * step is the Administrator's. Sessions themselves need two pools (GeorepIT).
     */
    @Test
    void geoReplicationListsNoSessionRefusesBadInputWithoutTheCliAndKeepsTheKeyStepToAdministrators() {
        String v = "itgeo";
        remove(v);
        ok(admin.post("/rest/v1/volume-create/" + v, "{\"bricks\": [\"%s\"], \"force\": true}"
                .formatted(LocalGlusterd.brick(v, "a"))));
        try {
            var none = ok(admin.get("/v1/volumes/" + v + "/georep"));
            assertEquals(0, none.array().size(), none::toString);
            assertEquals(404, admin.get("/v1/volumes/" + v + "/georep/s1/svol").status());
            assertEquals(404, admin.post("/rest/v1/georep-status/" + v + "/s1::svol", "").status());
            assertEquals(404, admin.get("/v1/volumes/itgeonosuch/georep").status());

            long runsBefore = Metrics.cliRuns(admin);
            String create = "/v1/volumes/" + v + "/georep";
            refused(admin.post(create, "{\"secondaryHost\": \"s1;reboot\", \"secondaryVolume\": \"svol\"}"),
                    "secondaryHost");
            refused(admin.post(create, "{\"secondaryHost\": \"s1\", \"secondaryVolume\": \"-x\"}"), "secondaryVolume");
            refused(admin.post(create, "{\"secondaryHost\": \"s1\", \"secondaryVolume\": \"svol\", "
                    + "\"secondaryUser\": \"geo/account\"}"), "secondaryUser");
            refused(admin.post(create, "{\"secondaryHost\": \"s1\", \"secondaryVolume\": \"svol\", "
                    + "\"config\": {\"no-such-option\": \"1\"}}"), "no-such-option");
            refused(admin.post(create + "/s1/svol/config", "{\"no-such-option\": \"1\"}"), "no-such-option");
            refused(admin.post(create + "/s1/svol/config", "{\"ssh-command\": \"/tmp/x\"}"), "ssh-command");
            refused(admin.post(create + "/s1/svol/start?user=geo%2Faccount", ""), "secondaryUser");
            refused(admin.post("/rest/v1/georep-create/" + v + "/s1%3Breboot::svol", "{\"push-pem\": true}"), "secondary");
            refused(admin.post("/rest/v1/georep-start/" + v + "/s1::-x", ""), "secondary");
            refused(admin.post("/rest/v1/georep-config-set/" + v + "/s1::svol",
                    "{\"key\": \"no-such-option\", \"value\": \"1\"}"), "key");

            Gateway monitor = Users.loggedIn(anonymous, STATE, "itgeomon", Roles.MONITOR);
            assertEquals(403, monitor.post("/v1/georep/keys", "").status());
            assertEquals(403, monitor.post("/rest/v1/georep-keys", "").status());
            assertEquals(403, monitor.post(create + "/s1/svol/checkpoint", "").status());
            assertEquals(runsBefore, Metrics.cliRuns(admin), "no CLI ran for a refused request");
        } finally {
            admin.delete("/v1/volumes/" + v);
        }
    }

    private static Gateway.Answer ok(Gateway.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer;
    }

    private static void refused(Gateway.Answer answer, String field) {
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.object().getString("detail").contains(field), answer::toString);
        assertFalse(answer.body().contains("Exception"), answer::toString);
    }

    private void remove(String v) {
        if (admin.get("/v1/volumes/" + v).status() == 200) {
            admin.post("/v1/volumes/" + v + "/stop", "{\"force\": true}");
            admin.delete("/v1/volumes/" + v);
        }
    }

    private static final class Json {
        static JsonValue string(String s) {
            return jakarta.json.Json.createValue(s);
        }
    }
}
