package org.gluster.restapi.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

class XmlJsonTest {

    // --- volume info ---

    @Test
    void oneVolumeIsStillAnArrayUnderVolInfoVolumesVolume() {
        JsonObject volumes = json("volume-info-gv0.xml").getJsonObject("volInfo").getJsonObject("volumes");

        JsonArray volume = volumes.getJsonArray("volume");
        assertEquals(1, volume.size());
        assertEquals("gv0", volume.getJsonObject(0).getString("name"));
        assertEquals("1", volumes.getString("count"));
    }

    @Test
    void mixedContentBrickKeepsItsUuidAttributeItsTextAndItsChildren() {
        JsonArray bricks = volumeGv0().getJsonObject("bricks").getJsonArray("brick");

        assertEquals(1, bricks.size());
        assertEquals(Json.createObjectBuilder()
                .add("@uuid", "5d0b9016-4163-4f06-afe7-14af6c0e2e7c")
                .add("#text", "vm:/data/bricks/b1")
                .add("name", "vm:/data/bricks/b1")
                .add("hostUuid", "5d0b9016-4163-4f06-afe7-14af6c0e2e7c")
                .add("isArbiter", "0")
                .build(), bricks.getJsonObject(0));
    }

    @Test
    void volumeOptionsAreAnArrayOfNameValueObjectsInDocumentOrder() {
        JsonArray options = volumeGv0().getJsonObject("options").getJsonArray("option");

        assertEquals(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "storage.fips-mode-rchecksum").add("value", "on"))
                .add(Json.createObjectBuilder().add("name", "transport.address-family").add("value", "inet"))
                .add(Json.createObjectBuilder().add("name", "nfs.disable").add("value", "on"))
                .build(), options);
    }

    @Test
    void opRetOpErrnoAndOpErrstrOfCliOutputAreLeftOut() {
        assertEquals(List.of("volInfo"), List.copyOf(json("volume-info-gv0.xml").keySet()));
    }

    @Test
    void numbersStayStrings() {
        JsonObject volume = volumeGv0();

        assertAll(
                () -> assertEquals(JsonValue.ValueType.STRING, volume.get("status").getValueType()),
                () -> assertEquals("1", volume.getString("brickCount")),
                () -> assertEquals("0", volume.getString("snapshotCount")),
                () -> assertEquals("3", volume.getString("optCount")),
                () -> assertEquals("0", volume.getString("type")));
    }

    @Test
    void threeBricksOfAReplicaVolumeAreInDocumentOrder() {
        JsonObject volume = json("volume-info-gvr.xml").getJsonObject("volInfo").getJsonObject("volumes")
                .getJsonArray("volume").getJsonObject(0);

        JsonArray bricks = volume.getJsonObject("bricks").getJsonArray("brick");
        assertEquals(List.of("vm:/data/bricks/r1", "vm:/data/bricks/r2", "vm:/data/bricks/r3"),
                bricks.getValuesAs(JsonObject.class).stream().map(b -> b.getString("#text")).toList());
        assertEquals("3", volume.getString("replicaCount"));
    }

    // --- volume list ---

    @Test
    void volumeListIsAnArrayOfNames() {
        assertEquals(Json.createObjectBuilder()
                .add("count", "1")
                .add("volume", Json.createArrayBuilder().add("gv0"))
                .build(), json("volume-list.xml").getJsonObject("volList"));
    }

    @Test
    void emptyVolumeListHasCountZeroAndNoVolumeMember() {
        JsonObject volList = json("volume-list-empty.xml").getJsonObject("volList");

        assertEquals("0", volList.getString("count"));
        assertFalse(volList.containsKey("volume"));
    }

    // --- peers ---

    @Test
    void poolListPeersAreAnArrayAndHostnamesHostnameIsAnArray() {
        JsonArray peers = json("pool-list-3nodes.xml").getJsonObject("peerStatus").getJsonArray("peer");

        assertEquals(3, peers.size());
        JsonObject n2 = peers.getJsonObject(0);
        assertAll(
                () -> assertEquals("n2", n2.getString("hostname")),
                () -> assertEquals(Json.createArrayBuilder().add("n2").build(),
                        n2.getJsonObject("hostnames").getJsonArray("hostname")),
                () -> assertEquals("3", n2.getString("state")),
                () -> assertEquals("Peer in Cluster", n2.getString("stateStr")));
    }

    @Test
    void localPeerWithoutHostnamesGetsNoInventedHostnames() {
        JsonObject self = json("pool-list-3nodes.xml").getJsonObject("peerStatus").getJsonArray("peer")
                .getJsonObject(2);

        assertEquals("localhost", self.getString("hostname"));
        assertFalse(self.containsKey("hostnames"));
        assertFalse(self.containsKey("state"));
    }

    @Test
    void peerProbeSuccessIsJustTheOutput() {
        assertEquals(Json.createObjectBuilder().add("output", "success").build(), json("peer-probe-success.xml"));
    }

    // --- volume status ---

    @Test
    void volumeStatusDetailOfOneBrickHasANodeArray() {
        JsonObject volume = json("volume-status-gv0-detail.xml").getJsonObject("volStatus")
                .getJsonObject("volumes").getJsonArray("volume").getJsonObject(0);

        JsonArray nodes = volume.getJsonArray("node");
        assertEquals(1, nodes.size());
        JsonObject node = nodes.getJsonObject(0);
        assertAll(
                () -> assertEquals("gv0", volume.getString("volName")),
                () -> assertEquals("vm", node.getString("hostname")),
                () -> assertEquals(Json.createObjectBuilder().add("tcp", "58500").add("rdma", "N/A").build(),
                        node.getJsonObject("ports")),
                () -> assertEquals("270553174016", node.getString("sizeTotal")),
                () -> assertEquals("rw,relatime,discard,resv_strict,resuid=65534,resgid=65534",
                        node.getString("mntOptions")),
                () -> assertEquals("ext4", node.getString("fsName")));
    }

    @Test
    void volumeStatusClientsAreAnArrayWhoseHostnameIsAString() {
        JsonObject clientsStatus = json("volume-status-gv0-clients.xml").getJsonObject("volStatus")
                .getJsonObject("volumes").getJsonArray("volume").getJsonObject(0)
                .getJsonArray("node").getJsonObject(0).getJsonObject("clientsStatus");

        JsonArray clients = clientsStatus.getJsonArray("client");
        assertEquals("2", clientsStatus.getString("clientCount"));
        assertEquals(2, clients.size());
        assertEquals("127.0.0.1:49086", clients.getJsonObject(0).getString("hostname"));
    }

    // --- volume get / start ---

    @Test
    void volumeGetOfOneOptionIsAnOptArray() {
        assertEquals(Json.createObjectBuilder()
                .add("count", "1")
                .add("Opt", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("Option", "performance.cache-size")
                        .add("Value", "64MB")))
                .build(), json("volume-get-gv0-cache-size.xml").getJsonObject("volGetopts"));
    }

    @Test
    void singleResultVolumeOfVolumeStartIsAOneElementArrayToo() {
        assertEquals(Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "gvd")
                        .add("id", "4db2c34a-3a84-4a22-8cbf-ee62d3cef67a"))
                .build(), json("volume-start-gvd.xml").getJsonObject("volStart").getJsonArray("volume"));
    }

    // --- heal info ---

    @Test
    void healInfoBeforeOpRetIsKeptWithABrickArray() {
        JsonObject result = json("volume-heal-gvr-info.xml");

        assertEquals(List.of("healInfo"), List.copyOf(result.keySet()));
        JsonArray bricks = result.getJsonObject("healInfo").getJsonObject("bricks").getJsonArray("brick");
        assertEquals(3, bricks.size());
        assertEquals(Json.createObjectBuilder()
                .add("@hostUuid", "5d0b9016-4163-4f06-afe7-14af6c0e2e7c")
                .add("name", "vm:/data/bricks/r1")
                .add("status", "Connected")
                .add("numberOfEntries", "0")
                .build(), bricks.getJsonObject(0));
    }

    @Test
    void healInfoFilesAreObjectsWithGfidAttributeAndPathText() {
        JsonArray bricks = json("volume-heal-gvr-info-pending.xml").getJsonObject("healInfo")
                .getJsonObject("bricks").getJsonArray("brick");

        JsonArray files = bricks.getJsonObject(0).getJsonArray("file");
        assertEquals(4, files.size());
        assertEquals(Json.createObjectBuilder()
                .add("@gfid", "4d764157-2a82-40bc-b879-bdc596e6eb4d")
                .add("#text", "/file1")
                .build(), files.getJsonObject(1));
        JsonObject down = bricks.getJsonObject(2);
        assertAll(
                () -> assertEquals("-", down.getString("@hostUuid")),
                () -> assertEquals("-", down.getString("numberOfEntries")),
                () -> assertFalse(down.containsKey("file")));
    }

    // --- profile, top, rebalance ---

    @Test
    void profileInfoRepeatedBlocksAreArraysAndEmptyFopStatsIsAnEmptyString() {
        JsonObject volProfile = json("volume-profile-gv0-info.xml").getJsonObject("volProfile");

        JsonArray bricks = volProfile.getJsonArray("brick");
        assertEquals(1, bricks.size());
        JsonObject brick = bricks.getJsonObject(0);
        JsonObject cumulative = brick.getJsonObject("cumulativeStats");
        JsonArray blocks = cumulative.getJsonObject("blockStats").getJsonArray("block");
        assertAll(
                () -> assertEquals("gv0", volProfile.getString("volname")),
                () -> assertEquals("vm:/data/bricks/b1", brick.getString("brickName")),
                () -> assertEquals(32, blocks.size()),
                () -> assertEquals(Json.createObjectBuilder().add("size", "1").add("reads", "0").add("writes", "0")
                        .build(), blocks.getJsonObject(0)),
                () -> assertEquals(32, brick.getJsonObject("intervalStats").getJsonObject("blockStats")
                        .getJsonArray("block").size()),
                () -> assertEquals("", cumulative.getString("fopStats")),
                () -> assertEquals("27", cumulative.getString("duration")));
    }

    @Test
    void topReadOfOneBrickIsABrickArrayWithoutInventedFiles() {
        JsonObject volTop = json("volume-top-gv0-read.xml").getJsonObject("volTop");

        assertEquals(Json.createObjectBuilder()
                .add("brickCount", "1")
                .add("topOp", "2")
                .add("brick", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "vm:/data/bricks/b1")
                        .add("members", "0")))
                .build(), volTop);
    }

    @Test
    void rebalanceStatusNodeIsAnArrayAndAggregateAnObject() {
        JsonObject rebalance = json("volume-rebalance-gvd-status.xml").getJsonObject("volRebalance");

        JsonArray nodes = rebalance.getJsonArray("node");
        assertAll(
                () -> assertEquals("50e1998f-0a39-4b42-8b84-2adffbc385d5", rebalance.getString("task-id")),
                () -> assertEquals(1, nodes.size()),
                () -> assertEquals("localhost", nodes.getJsonObject(0).getString("nodeName")),
                () -> assertEquals("0.00", nodes.getJsonObject(0).getString("runtime")),
                () -> assertEquals("completed", rebalance.getJsonObject("aggregate").getString("statusStr")));
    }

    // --- snapshots ---

    @Test
    void snapshotInfoAndListFailuresLeaveAnEmptyObject() {
        assertAll(
                () -> assertEquals(JsonValue.EMPTY_JSON_OBJECT, json("snapshot-info.xml")),
                () -> assertEquals(JsonValue.EMPTY_JSON_OBJECT, json("snapshot-list.xml")));
    }

    // --- constructed XML: the mechanical rules ---

    @Test
    void commentsProcessingInstructionsAndWhitespaceAreIgnoredAndEmptyElementsAreEmptyStrings() {
        JsonObject result = XmlJson.toJson(parse("""
                <?xml version="1.0"?>
                <!-- a leading comment -->
                <cliOutput>
                  <opRet>0</opRet>
                  <opErrno>0</opErrno>
                  <opErrstr/>
                  <!-- between members -->
                  <?some-pi ignored?>
                  <thing>
                    <empty/>
                    <blank>   </blank>
                    <padded>
                        spaced value
                    </padded>
                    <split>a<!-- inside -->b</split>
                    <cdata><![CDATA[<raw> & text]]></cdata>
                  </thing>
                </cliOutput>
                """));

        assertEquals(Json.createObjectBuilder().add("thing", Json.createObjectBuilder()
                .add("empty", "")
                .add("blank", "")
                .add("padded", "spaced value")
                .add("split", "ab")
                .add("cdata", "<raw> & text"))
                .build(), result);
    }

    @Test
    void repeatedTagOutsideTheSetBecomesAnArrayButASingleOneStaysAValue() {
        JsonObject result = XmlJson.toJson(parse("""
                <cliOutput><x><item>1</item><other>o</other><item>2</item></x></cliOutput>"""));

        assertEquals(Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                .add("item", Json.createArrayBuilder().add("1").add("2"))
                .add("other", "o"))
                .build(), result);
    }

    @Test
    void hostnameIsAnArrayOnlyInsideHostnames() {
        JsonObject result = XmlJson.toJson(parse("""
                <cliOutput><client><hostname>h</hostname></client>
                <hostnames><hostname>h</hostname></hostnames></cliOutput>"""));

        assertEquals("h", result.getJsonArray("client").getJsonObject(0).getString("hostname"));
        assertEquals(Json.createArrayBuilder().add("h").build(),
                result.getJsonObject("hostnames").getJsonArray("hostname"));
    }

    @Test
    void elementWithAttributesAndNoChildrenIsAnObjectWithText() {
        JsonObject result = XmlJson.toJson(parse("""
                <cliOutput><a z="2" b="1">t</a><e k="v"/></cliOutput>"""));

        assertEquals(Json.createObjectBuilder()
                .add("a", Json.createObjectBuilder().add("@b", "1").add("@z", "2").add("#text", "t"))
                .add("e", Json.createObjectBuilder().add("@k", "v").add("#text", ""))
                .build(), result);
    }

    @Test
    void onlyTheTopLevelStatusMembersAreLeftOut() {
        JsonObject result = XmlJson.toJson(parse("""
                <cliOutput><opRet>0</opRet><snapDelete><snapshot><status>Failure</status>
                <opRet>-1</opRet><opErrno>30800</opErrno><opErrstr>busy</opErrstr></snapshot>
                </snapDelete></cliOutput>"""));

        assertEquals(Json.createObjectBuilder().add("snapDelete", Json.createObjectBuilder()
                .add("snapshot", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("status", "Failure").add("opRet", "-1").add("opErrno", "30800")
                        .add("opErrstr", "busy"))))
                .build(), result);
    }

    @Test
    void cliOutputWithNothingButStatusIsAnEmptyObject() {
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, XmlJson.toJson(parse("<cliOutput><opRet>0</opRet></cliOutput>")));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, XmlJson.toJson(parse("<cliOutput/>")));
    }

    // --- every sample ---

    @ParameterizedTest
    @MethodSource("xmlSamples")
    void everyXmlSampleConvertsWithoutStatusMembers(String file) {
        JsonObject result = XmlJson.toJson(parse(read(file)));

        assertAll(
                () -> assertFalse(result.containsKey("opRet")),
                () -> assertFalse(result.containsKey("opErrno")),
                () -> assertFalse(result.containsKey("opErrstr")));
    }

    @Test
    void mostSamplesAreXml() {
        assertTrue(xmlSamples().count() >= 40, "the parameterized test would cover almost nothing");
    }

    /** Every *.xml under samples/ that is XML (some are the CLI's plain text despite --xml). */
    static Stream<String> xmlSamples() {
        try (Stream<Path> files = Files.list(samplesDirectory())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".xml"))
                    .filter(XmlJsonTest::isXml)
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject volumeGv0() {
        return json("volume-info-gv0.xml").getJsonObject("volInfo").getJsonObject("volumes")
                .getJsonArray("volume").getJsonObject(0);
    }

    private static JsonObject json(String file) {
        return XmlJson.toJson(parse(read(file)));
    }

    private static Path samplesDirectory() {
        try {
            return Path.of(XmlJsonTest.class.getResource("/samples").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try (InputStream in = XmlJsonTest.class.getResourceAsStream("/samples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isXml(String file) {
        try {
            builder().parse(new InputSource(new StringReader(read(file))));
            return true;
        } catch (SAXException | IOException e) {
            return false;
        }
    }

    private static Element parse(String xml) {
        try {
            return builder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not XML", e);
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
