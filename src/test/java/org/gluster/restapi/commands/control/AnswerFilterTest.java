package org.gluster.restapi.commands.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.gluster.restapi.commands.catalog.AnswerParams;
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
