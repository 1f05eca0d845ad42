package dev.workshops.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** An extension member can never stand beside, and hide, a standard one (streaming's 409 once said `status` twice). */
class ProblemMembersTest {

    @Test
    void anExtensionNamedLikeAStandardMemberIsRefused() {
        Problem conflict = Problem.of(409, "Conflict", "The stream has ended.");
        for (String standard : new String[] {"type", "title", "status", "detail", "instance"}) {
            assertThrows(IllegalArgumentException.class, () -> conflict.with(standard, "ENDED"), standard);
        }
    }

    @Test
    void anExtensionIsWrittenBesideTheStandardMembersOnce() throws Exception {
        JsonNode written = new ObjectMapper().valueToTree(Problem.of(409, "Conflict", "The stream has ended.").with("streamStatus", "ENDED"));
        assertEquals(409, written.get("status").asInt());
        assertEquals("ENDED", written.get("streamStatus").asText());
    }
}
