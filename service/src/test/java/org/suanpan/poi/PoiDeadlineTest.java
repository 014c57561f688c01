package org.suanpan.poi;

import org.junit.jupiter.api.Test;
import org.suanpan.read.UnusableInputException;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POI's own parse is given a deadline: a parse that hangs becomes a message, a failing one the usual message. */
class PoiDeadlineTest {
    @Test
    void aParseThatHangsIsAbandonedWithAMessage() {
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> PoiWorkbooks.withDeadline(() -> {
            Thread.sleep(60_000);
            return "never";
        }, Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("已放弃") && e.getMessage().contains("请"), e.getMessage());
    }

    @Test
    void aParseThatFailsSaysWhatToDo() {
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> PoiWorkbooks.withDeadline(() -> {
            throw new java.io.IOException("broken");
        }, Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("另存为"), e.getMessage());
    }

    @Test
    void aParseInTimeReturnsItsResult() {
        assertEquals("ok", PoiWorkbooks.withDeadline(() -> "ok", Duration.ofSeconds(5)));
    }
}
