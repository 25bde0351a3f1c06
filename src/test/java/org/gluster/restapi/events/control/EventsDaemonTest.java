package org.gluster.restapi.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsDaemonTest {

    @TempDir
    Path proc;

    void process(String pid, int parent, String net, String cmdline) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid));
        Files.write(dir.resolve("cmdline"), cmdline.replace(' ', '\0').getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("stat"), pid + " (python3 x) S " + parent + " 1 1 0");
        Files.createDirectories(dir.resolve("ns"));
        Files.createSymbolicLink(dir.resolve("ns/net"), Path.of(net));
        Files.createSymbolicLink(dir.resolve("ns/mnt"), Path.of("mnt:[1]"));
    }

    @Test
    void theDaemonIsTheGlustereventsdOfThisNamespaceWhoseParentIsNotOne() throws IOException {
        process("self", 1, "net:[1]", "java -jar payara-micro.jar");
        process("100", 1, "net:[1]", "/usr/bin/python3 /usr/sbin/glustereventsd");
        process("101", 100, "net:[1]", "/usr/bin/python3 /usr/sbin/glustereventsd");
        process("200", 1, "net:[2]", "/usr/bin/python3 /usr/sbin/glustereventsd");
        process("300", 1, "net:[1]", "vim glustereventsd.txt");
        assertEquals(List.of(100L), new EventsDaemon(proc).find());
    }
}
