package org.gluster.restapi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class GlusterNamesTest {

    private static void refused(String field, Executable check) {
        assertEquals(field, assertThrows(InvalidInputException.class, check).field());
    }

    static Stream<String> refusedVolumeNames() {
        return Stream.of("a;rm -rf /", "-x", "a b", "a.b", "all", "gv0\n", "a".repeat(257));
    }

    static Stream<String> acceptedVolumeNames() {
        return Stream.of("gv0", "my_vol-1", "_x", "a".repeat(256));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("refusedVolumeNames")
    void volumeNameRefuses(String name) {
        refused("name", () -> GlusterNames.volumeName("name", name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"geo/account", "Root", "-oProxyCommand=x", "a b", "9user", "geo;id", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void posixUserRefuses(String user) {
        refused("user", () -> GlusterNames.posixUser("user", user));
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "geoaccount", "_svc", "geo-acc_1"})
    void posixUserAccepts(String user) {
        assertEquals(user, GlusterNames.posixUser("user", user));
    }

    @ParameterizedTest
    @MethodSource("acceptedVolumeNames")
    void volumeNameAccepts(String name) {
        assertEquals(name, GlusterNames.volumeName("name", name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"localhost;x", "-h", "a..b", ".a", "host name", "node1\n", "node1\nnode2", "h-", "999.0.0.1",
            "10.0.0"})
    void hostRefuses(String host) {
        refused("host", () -> GlusterNames.host("host", host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"node1", "n1.example.org", "10.0.0.5", "a-b.example"})
    void hostAccepts(String host) {
        assertEquals(host, GlusterNames.host("host", host));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"vm:/data/../etc", "vm:/data/./x", "vm:/data//x", "vm:/data/b\n1", "vm:relative", "/nohost",
            "vm:/", "-vm:/x", "vm:/data/b1/", "vm:/data/b 1", "vm:/data/b;1", "host name:/data/b1",
            "localhost:/data/b1", "127.0.0.1:/data/b1", "0.0.0.0:/data/b1"})
    void brickRefuses(String brick) {
        refused("bricks[0]", () -> GlusterNames.brick("bricks[0]", brick));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vm:/data/bricks/b1", "10.0.0.5:/data/b1", "n1.example.org:/srv/gluster/b-1.x"})
    void brickAccepts(String brick) {
        assertEquals(brick, GlusterNames.brick("bricks[0]", brick));
    }

    static Stream<String> refusedOptionKeys() {
        return Stream.of("-x", ".x", "a b", "a;b", "a=b", "cache-size\n", "a".repeat(129));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("refusedOptionKeys")
    void optionKeyRefuses(String key) {
        refused("key", () -> GlusterNames.optionKey("key", key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"performance.cache-size", "cluster.server-quorum-ratio", "nfs.disable"})
    void optionKeyAccepts(String key) {
        assertEquals(key, GlusterNames.optionKey("key", key));
    }

    static Stream<String> refusedOptionValues() {
        return Stream.of("-x", "--force", "-1x", "a\nb", "a\rb", "a\tb", "a\u0000b", "a\u0007b", "64MB ", " 64MB",
                "x".repeat(4097));
    }

    static Stream<String> acceptedOptionValues() {
        return Stream.of("64MB", "-1", "on", "192.168.*", "192.168.*,10.0.0.1", "a b", "x".repeat(4096));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("refusedOptionValues")
    void optionValueRefuses(String value) {
        refused("value", () -> GlusterNames.optionValue("value", value));
    }

    @ParameterizedTest
    @MethodSource("acceptedOptionValues")
    void optionValueAccepts(String value) {
        assertEquals(value, GlusterNames.optionValue("value", value));
    }

    static Stream<String> refusedVolumePaths() {
        return Stream.of("relative", "/a/../b", "/..", "/a/./b", "/a//b", "/a/", "/a\nb", "/a\u0000b", "/a\tb", "/a b",
                "/a;b", ("/" + "a".repeat(254)).repeat(16) + "/" + "a".repeat(16));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @MethodSource("refusedVolumePaths")
    void volumePathRefuses(String path) {
        refused("path", () -> GlusterNames.volumePath("path", path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/data", "/projects/team-a/2024_q1", "/a.b/c@d"})
    void volumePathAccepts(String path) {
        assertEquals(path, GlusterNames.volumePath("path", path));
    }

    @Test
    void volumePathAcceptsUpTo4096Characters() {
        String path = ("/" + "a".repeat(254)).repeat(16) + "/" + "a".repeat(15);

        assertEquals(4096, path.length());
        assertEquals(path, GlusterNames.volumePath("path", path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"10 GB", "10gb", "10G", "1.5GB", "-1GB", "GB", "10EB", "1234567890123456", "10GB\n"})
    void sizeRefuses(String size) {
        refused("hardLimit", () -> GlusterNames.size("hardLimit", size));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10GB", "512MB", "1TB", "100", "4KB", "2PB"})
    void sizeAccepts(String size) {
        assertEquals(size, GlusterNames.size("hardLimit", size));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "0%", "101", "101%", "-5", "80%%", "%", "8 0", "1000", "50.5"})
    void percentRefuses(String percent) {
        refused("softLimit", () -> GlusterNames.percent("softLimit", percent));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "80", "80%", "100", "100%"})
    void percentAccepts(String percent) {
        assertEquals(percent, GlusterNames.percent("softLimit", percent));
    }
}
