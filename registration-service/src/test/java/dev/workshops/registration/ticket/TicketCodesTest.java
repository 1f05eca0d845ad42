package dev.workshops.registration.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    private final TicketCodes codes = new TicketCodes("a-test-key-that-is-long-enough-for-hmac");

    @Test
    void aGenuineCodeNamesItsRegistration() {
        UUID id = UUID.randomUUID();
        String code = codes.issue(id);

        assertEquals(Optional.of(id), codes.verify(code));
        assertTrue(code.length() <= 48, "compact enough for a QR code: " + code);
    }

    @Test
    void aForgedTicketIsRefusedWhereverOneCharacterChanges() {
        String code = codes.issue(UUID.randomUUID());
        for (int i = 3; i < code.length(); i++) {
            char replaced = code.charAt(i) == 'A' ? 'B' : 'A';
            String altered = code.substring(0, i) + replaced + code.substring(i + 1);
            assertEquals(Optional.empty(), codes.verify(altered), "accepted " + altered);
        }
    }

    @Test
    void anIdSpelledWithOtherSpareBitsIsRefused() {
        // 16 bytes take 22 base64url characters with 2 spare bits: "…_B" and "…_A" decode alike.
        String code = codes.issue(UUID.fromString("db603175-8f8a-4d20-b265-cdf323f2ebfc"));
        int lastOfId = code.indexOf('.') - 1;
        char spelled = code.charAt(lastOfId);
        char respelled = (char) ((spelled - 'A') % 4 == 0 ? spelled + 1 : spelled - 1);
        String altered = code.substring(0, lastOfId) + respelled + code.substring(lastOfId + 1);

        assertEquals(Optional.empty(), codes.verify(altered), altered);
    }

    @Test
    void aCodeSignedWithAnotherKeyIsRefused() {
        String foreign = new TicketCodes("another-key-that-is-also-long-enough!!").issue(UUID.randomUUID());
        assertEquals(Optional.empty(), codes.verify(foreign));
    }

    @Test
    void malformedCodesAreRefused() {
        for (String malformed : new String[] {null, "", "W1-", "W1-abc", "W1-abc.def.ghi", "X1-" + "A".repeat(22) + "." + "A".repeat(16),
                "W1-" + "!".repeat(22) + "." + "A".repeat(16), "W1-" + "A".repeat(200)}) {
            assertEquals(Optional.empty(), codes.verify(malformed), String.valueOf(malformed));
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TicketCodes("short"));
    }
}
