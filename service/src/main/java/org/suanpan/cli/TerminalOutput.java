package org.suanpan.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the command line prints, with the control characters workbook text may carry taken out: an escape sequence in
 * a sheet name could clear the screen, move the cursor over earlier lines or retitle the window. Works on UTF-8 bytes
 * and drops C0 controls other than tab and line ends, DEL and the C1 controls (U+0080–U+009F); on a terminal also the
 * bidirectional overrides (U+202A–U+202E, U+2066–U+2069) that make text read differently from what it is.
 */
final class TerminalOutput extends FilterOutputStream {
    private final boolean bidi;
    private final byte[] pending = new byte[3];
    private int held;

    TerminalOutput(OutputStream out, boolean terminal) {
        super(out);
        this.bidi = terminal;
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xFF;
        if (held > 0) {
            pending[held++] = (byte) b;
            decide();
            return;
        }
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F) {
            return;
        }
        if (b == 0xC2 || (bidi && b == 0xE2)) {
            pending[0] = (byte) b;
            held = 1;
            return;
        }
        out.write(b);
    }

    /** A held lead byte and what followed it: dropped when they make a control character, else written out. */
    private void decide() throws IOException {
        int lead = pending[0] & 0xFF;
        int second = pending[1] & 0xFF;
        if (lead == 0xC2) {
            if (second < 0x80 || second > 0x9F) {
                out.write(pending, 0, 2);
            }
            held = 0;
            return;
        }
        if (held == 2) {
            if (second != 0x80 && second != 0x81) {
                out.write(pending, 0, 2);
                held = 0;
            }
            return;
        }
        int third = pending[2] & 0xFF;
        boolean control = second == 0x80 && third >= 0xAA && third <= 0xAE || second == 0x81 && third >= 0xA6 && third <= 0xA9;
        if (!control) {
            out.write(pending, 0, 3);
        }
        held = 0;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void flush() throws IOException {
        if (held > 0) {
            out.write(pending, 0, held);
            held = 0;
        }
        out.flush();
    }
}
