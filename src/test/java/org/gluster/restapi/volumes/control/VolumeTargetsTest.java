package org.gluster.restapi.volumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.GlusterCommand;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.VolumeCreateRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class VolumeTargetsTest {

    private static final String B1 = "vm:/data/bricks/b1";
    private static final String B2 = "vm:/data/bricks/b2";
    private static final String B3 = "vm:/data/bricks/b3";

    private static final class Request {
        private final String name;
        private final List<String> bricks;
        private Integer replica;
        private Integer arbiter;
        private Integer disperse;
        private Integer redundancy;
        private String transport;
        private Boolean force;

        private Request(String name, List<String> bricks) {
            this.name = name;
            this.bricks = bricks;
        }

        Request replica(int count) {
            replica = count;
            return this;
        }

        Request arbiter(int count) {
            arbiter = count;
            return this;
        }

        Request disperse(int count) {
            disperse = count;
            return this;
        }

        Request redundancy(int count) {
            redundancy = count;
            return this;
        }

        Request transport(String value) {
            transport = value;
            return this;
        }

        Request force() {
            force = true;
            return this;
        }

        GlusterCommand create() {
            return VolumeTargets.create(new VolumeCreateRequest(name, bricks, replica, arbiter, disperse, null,
                    redundancy, transport, force, null));
        }
    }

    private static Request volume(String name, String... bricks) {
        return new Request(name, List.of(bricks));
    }

    private static void refused(String field, Executable build) {
        assertEquals(field, assertThrows(InvalidInputException.class, build).field());
    }

    /** Shrunk from the generated URLs: /rest/v1/volume-get/gv-none/; left no key, and the CLI's usage text was a 500. */
    @Test
    void volumeGetWithoutAKeyIsRefusedNamingTheKey() {
        refused("key", () -> VolumeTargets.GET.build(List.of("gv0"), java.util.Map.of()));
        assertEquals(List.of("volume", "get", "gv0", "all"),
                VolumeTargets.GET.build(List.of("gv0", "all"), java.util.Map.of()).args());
    }

    @Test
    void createsAPlainVolume() {
        GlusterCommand command = volume("gv0", B1).create();

        assertEquals(List.of("volume", "create", "gv0", B1), command.args());
        assertTrue(command.mutating());
    }

    @Test
    void createsAReplica3Volume() {
        assertEquals(List.of("volume", "create", "gvr", "replica", "3", B1, B2, B3),
                volume("gvr", B1, B2, B3).replica(3).create().args());
    }

    @Test
    void createsAReplica3Arbiter1Volume() {
        assertEquals(List.of("volume", "create", "arb", "replica", "3", "arbiter", "1", B1, B2, B3),
                volume("arb", B1, B2, B3).replica(3).arbiter(1).create().args());
    }

    @Test
    void createsADisperse3Redundancy1Volume() {
        assertEquals(List.of("volume", "create", "ec", "disperse", "3", "redundancy", "1", B1, B2, B3),
                volume("ec", B1, B2, B3).disperse(3).redundancy(1).create().args());
    }

    @Test
    void createPassesTheTransport() {
        assertEquals(List.of("volume", "create", "gv0", "transport", "tcp", B1),
                volume("gv0", B1).transport("tcp").create().args());
    }

    @Test
    void createWithForceEndsWithForce() {
        assertEquals(List.of("volume", "create", "gvr", "replica", "3", B1, B2, B3, "force"),
                volume("gvr", B1, B2, B3).replica(3).force().create().args());
    }

    @Test
    void zeroCountsAreLeftOut() {
        assertEquals(List.of("volume", "create", "gv0", B1),
                volume("gv0", B1).replica(0).arbiter(0).disperse(0).redundancy(0).create().args());
    }

    @Test
    void createRefusesAnArbiterWithoutReplica() {
        refused("arbiter", () -> volume("arb", B1, B2, B3).arbiter(1).create());
    }

    @Test
    void createRefusesReplica1() {
        refused("replica", () -> volume("gv0", B1).replica(1).create());
    }

    @Test
    void createRefusesNoBricks() {
        refused("bricks", () -> volume("gv0").create());
    }

    @Test
    void createRefusesAMissingBody() {
        refused("body", () -> VolumeTargets.create(null));
    }

    @Test
    void createRefusesAnInvalidBrickNamingItsIndex() {
        refused("bricks[1]", () -> volume("gv0", B1, "vm:/data/../etc").create());
    }

    @Test
    void createRefusesAnInvalidName() {
        refused("name", () -> volume("a;rm -rf /", B1).create());
    }

    @Test
    void createRefusesAnUnknownTransport() {
        refused("transport", () -> volume("gv0", B1).transport("udp").create());
    }

    @Test
    void setOptionsPassesEachNameAndValueInOrder() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("performance.cache-size", "64MB");
        options.put("nfs.disable", "on");

        GlusterCommand command = VolumeTargets.setOptions("gv0", options);

        assertEquals(List.of("volume", "set", "gv0", "performance.cache-size", "64MB", "nfs.disable", "on"),
                command.args());
        assertTrue(command.mutating());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void setOptionsRefusesNoOptions(Map<String, String> options) {
        refused("options", () -> VolumeTargets.setOptions("gv0", options));
    }

    @Test
    void setOptionsRefusesAnInvalidValueNamingItsOption() {
        refused("options.performance.cache-size",
                () -> VolumeTargets.setOptions("gv0", Map.of("performance.cache-size", "-x")));
    }

    @Test
    void startWithForceEndsWithForce() {
        assertEquals(List.of("volume", "start", "gv0", "force"), VolumeTargets.START.on("gv0", Map.of("force", true)).args());
    }

    @Test
    void startWithoutForceHasNoForce() {
        assertEquals(List.of("volume", "start", "gv0"), VolumeTargets.START.on("gv0", Map.of("force", false)).args());
    }

    @Test
    void stopWithForceEndsWithForce() {
        assertEquals(List.of("volume", "stop", "gv0", "force"), VolumeTargets.STOP.on("gv0", Map.of("force", true)).args());
    }

    @Test
    void stopWithoutForceHasNoForce() {
        assertEquals(List.of("volume", "stop", "gv0"), VolumeTargets.STOP.on("gv0", Map.of("force", false)).args());
    }
}
