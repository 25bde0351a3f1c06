package org.gluster.restapi.volumes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.entity.Brick;
import org.gluster.restapi.volumes.entity.Volume;
import org.gluster.restapi.volumes.entity.VolumeQuery;
import org.junit.jupiter.api.Test;

class VolumeListTest {

    static Volume volume(String name, String status, String type) {
        return new Volume(name, "id-" + name, status, type, "tcp", 1, 1, 1, 0, 0, 0, 0,
                List.of(new Brick("h:/b", "h", "/b", "u", false)), Map.of("k", "v"), null);
    }

    final List<Volume> all = List.of(volume("gv1", "Started", "Replicate"), volume("gv10", "Created", "Distribute"),
            volume("gv2", "Started", "Distributed-Replicate"), volume("other", "Stopped", "Replicate"));

    List<String> names(VolumeQuery query, String state) {
        return all.stream().filter(VolumeList.filter(query, state)).map(Volume::name).toList();
    }

    @Test
    void filtersByNameTypeAndState() {
        assertEquals(List.of("gv1", "gv10"), names(new VolumeQuery(null, "gv1*", null, null), null));
        assertEquals(List.of("gv1", "gv2"), names(new VolumeQuery(null, null, null, null), "Started"));
        assertEquals(List.of("gv1", "other"), names(new VolumeQuery(null, null, "replicate", null), null));
        assertEquals(List.of("gv1", "gv2", "other"), names(new VolumeQuery(null, null, "*replicate", null), null));
        assertEquals(List.of("gv2"), names(new VolumeQuery(null, "gv*", "distributed-*", null), "Started"));
    }

    @Test
    void fieldsLeaveOutTheHeavyPartsNotNamed() {
        Volume light = VolumeList.only(all.get(0), VolumeList.fields("name,status"));
        assertEquals("gv1", light.name());
        assertNull(light.bricks());
        assertNull(light.options());
        Volume withBricks = VolumeList.only(all.get(0), VolumeList.fields("name, bricks"));
        assertNotNull(withBricks.bricks());
        assertNull(withBricks.options());
        assertEquals(all.get(0), VolumeList.only(all.get(0), null));
        assertEquals(Set.of("bricks", "options", "live"), VolumeList.HEAVY);
        for (String bad : List.of("", "name,", "nme", "bricks;options")) {
            assertEquals("fields", assertThrows(InvalidInputException.class, () -> VolumeList.fields(bad)).field());
        }
    }
}
