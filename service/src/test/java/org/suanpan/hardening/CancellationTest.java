package org.suanpan.hardening;

import org.junit.jupiter.api.Test;
import org.suanpan.Cancel;
import org.suanpan.Engine;
import org.suanpan.testing.Fixtures;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A deadline stops its work by interrupting the thread: reading, recognising and checking notice it and stop, so the
 * thread is free for the next request, instead of finishing a job nobody waits for.
 */
class CancellationTest {

    @Test
    void anInterruptedCheckStopsInsteadOfRunningOn() {
        Engine engine = Fixtures.engine();
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2023);
        Thread.currentThread().interrupt();
        try {
            assertThrows(Cancel.Cancelled.class, () -> engine.check(sample));
        } finally {
            Thread.interrupted();
        }
        // the same engine and thread go on serving
        assertFalse(engine.check(sample).recognition().tables().isEmpty());
    }

    @Test
    void anInterruptedRecognitionStopsToo() {
        Engine engine = Fixtures.engine();
        var book = engine.read(Fixtures.sample(Fixtures.SAMPLE_2023), "样表.xlsx");
        Thread.currentThread().interrupt();
        try {
            assertThrows(Cancel.Cancelled.class, () -> engine.check(book));
        } finally {
            Thread.interrupted();
        }
    }
}
