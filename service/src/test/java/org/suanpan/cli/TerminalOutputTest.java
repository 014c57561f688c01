package org.suanpan.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Escape sequences and other control characters in workbook text never reach the terminal; everything else does. */
class TerminalOutputTest {
    private static String printed(String text, boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new TerminalOutput(bytes, terminal), true, StandardCharsets.UTF_8)) {
            out.print(text);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersAreDroppedAndTextKept() {
        assertEquals("公开01表[2J[H 收入\t合计\n", printed("公开01表\u001B[2J\u001B[H 收入\t合计\n", false));
        assertEquals("ab", printed("a\u0007\u0000\u007F\u009Bb", false));
        assertEquals("é中文😀", printed("é中文😀", false));
    }

    @Test
    void bidirectionalOverridesAreDroppedOnATerminalOnly() {
        assertEquals("abc—’", printed("a\u202Eb\u2066c—’", true));
        assertEquals("a\u202Eb", printed("a\u202Eb", false));
    }
}
