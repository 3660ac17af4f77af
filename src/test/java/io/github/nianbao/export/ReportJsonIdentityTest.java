package io.github.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.Nianbao;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code parse}'s JSON carries the agency identity, with the reason when there is no region code. */
class ReportJsonIdentityTest {

    private static JsonNode identity(String file) throws Exception {
        return new ObjectMapper().readTree(ReportJson.toJson(Nianbao.parse(Path.of(file)), false)).get("identity");
    }

    @Test
    void aKnownPlace() throws Exception {
        JsonNode id = identity("testdata/golden/haizhou-2024/haizhou-2024.txt");
        assertEquals("210902", id.get("regionCode").asText());
        assertEquals("辽宁省阜新市海州区", id.get("regionName").asText());
        assertEquals("county", id.get("level").asText());
        assertEquals("government", id.get("agencyType").asText());
        assertEquals("210902/人民政府", id.get("agencyKey").asText());
        assertEquals(0, id.get("notes").size());
    }

    @Test
    void anUnknownPlaceSaysWhy() throws Exception {
        JsonNode id = identity("testdata/golden/r9001/r9001.txt");
        assertTrue(id.get("regionCode").isNull());
        assertEquals("REGION_UNKNOWN", id.get("notes").get(0).get("code").asText());
        assertTrue(id.get("notes").get(0).get("message").asText().contains("延平区"));
    }
}
