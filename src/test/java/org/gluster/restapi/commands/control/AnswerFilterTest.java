package org.gluster.restapi.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.Families;
import org.gluster.restapi.commands.catalog.AnswerParams;
import org.gluster.restapi.commands.catalog.OwnCommand;
import org.gluster.restapi.commands.catalog.Param;
import org.gluster.restapi.validation.InvalidInputException;
import org.gluster.restapi.volumes.control.VolumeTargets;
import org.junit.jupiter.api.Test;

class AnswerFilterTest {

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void volumeListKeepsTheNamesThatMatch() {
        var answer = json("{\"volList\":{\"count\":\"3\",\"volume\":[\"gv1\",\"gv10\",\"gv2\"]}}");
        assertEquals(json("{\"volList\":{\"count\":\"2\",\"volume\":[\"gv1\",\"gv10\"]}}"),
                AnswerFilter.apply(answer, "name=GV1*"));
    }

    @Test
    void volumeInfoKeepsWholeVolumesWhoseAttributeMatches() {
        var answer = json("""
                {"volInfo":{"volumes":{"volume":[
                  {"name":"gv1","statusStr":"Started","bricks":{"brick":[{"name":"h:/a"},{"name":"h:/b"}]}},
                  {"name":"gv2","statusStr":"Created","bricks":{"brick":[{"name":"h:/c"}]}}],"count":"2"}}}""");
        var started = AnswerFilter.apply(answer, "statusStr=started").asJsonObject()
                .getJsonObject("volInfo").getJsonObject("volumes");
        assertEquals("1", started.getString("count"));
        assertEquals("gv1", started.getJsonArray("volume").getJsonObject(0).getString("name"));
        assertEquals(2, started.getJsonArray("volume").getJsonObject(0).getJsonObject("bricks").getJsonArray("brick")
                .size(), "a kept volume keeps every brick");
        assertEquals(0, AnswerFilter.apply(answer, "nosuch=x").asJsonObject().getJsonObject("volInfo")
                .getJsonObject("volumes").getJsonArray("volume").size());
    }

    @Test
    void theRowsOfAnOwnListCommandAreKeptWhenTheirAttributeMatches() {
        List<Map<String, String>> rows = List.of(Map.of("name", "superuser", "usergrp_name", "SecurityAdmin"),
                Map.of("name", "ops1", "usergrp_name", "Administrator"), Map.of("name", "ops2", "usergrp_name", "Monitor"));
        assertEquals(rows.subList(1, 3), AnswerFilter.rows(rows, "name=OPS*"));
        assertEquals(rows.subList(2, 3), AnswerFilter.rows(rows, "usergrp_name=monitor"));
        assertEquals(rows.subList(0, 1), AnswerFilter.rows(rows, "name=*user"));
        assertEquals(List.of(), AnswerFilter.rows(rows, "name=nobody"));
        assertEquals(Map.of("message", "done"), AnswerFilter.rows(Map.of("message", "done"), "name=x"));
    }

    @Test
    void anOwnListCommandRefusesAFilterOnAnAttributeItsRowsDoNotHave() {
        Param filter = AnswerParams.filterOver(List.of("id", "name"));
        assertEquals("name=a*", filter.check().accept("filtervalue", "name=a*"));
        for (Object bad : List.of("group=x", "name", "name=a*b*", "=x", "name=", 3)) {
            var refused = assertThrows(InvalidInputException.class, () -> AnswerParams.check(filter, "filtervalue", bad),
                    String.valueOf(bad));
            assertEquals("filtervalue", refused.field());
        }
        assertTrue(assertThrows(InvalidInputException.class, () -> AnswerParams.check(filter, "filtervalue",
                "group=x")).getMessage().contains("[id, name]"));
        assertThrows(InvalidInputException.class, () -> AnswerParams.check(AnswerParams.BYTES_PARAM, "bytes", "yes"));
        AnswerParams.check(AnswerParams.BYTES_PARAM, "bytes", true);
    }

    @Test
    void everyOwnListCommandDeclaresFiltervalueAndBytes() {
        var lists = Families.registry().ownCommands().stream().filter(c -> c.name().startsWith("ls")).toList();
        assertTrue(lists.size() >= 6, lists::toString);
        for (OwnCommand command : lists) {
            assertEquals(List.of(AnswerParams.FILTERVALUE, AnswerParams.BYTES), command.onAnswer().stream()
                    .map(Param::name).toList(), command.name());
        }
    }

    @Test
    void theParametersAreDeclaredCheckedAndNeverReachTheCli() {
        var command = VolumeTargets.LIST.build(List.of(), Map.of("filtervalue", "name=gv*", "bytes", true));
        assertEquals(List.of("volume", "list"), command.args());
        for (Object bad : List.of("name", "=x", "name=a*b*", 3, "name=")) {
            assertEquals(AnswerParams.FILTERVALUE, assertThrows(InvalidInputException.class,
                    () -> VolumeTargets.INFO.build(List.of("all"), Map.of("filtervalue", bad))).field());
        }
        assertEquals(AnswerParams.BYTES, assertThrows(InvalidInputException.class,
                () -> VolumeTargets.LIST.build(List.of(), Map.of("bytes", "yes"))).field());
    }
}
