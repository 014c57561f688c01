package org.suanpan.read;

import java.nio.charset.StandardCharsets;

/**
 * A small pull scanner for the XML parts of a workbook (sheets, shared strings, relationships). SpreadsheetML is
 * plain UTF-8 XML without DTDs, so this reads it straight from bytes, several times faster than a general StAX
 * parser, and it tells where each tag stands so a part can be edited in place. A document type declaration is
 * refused: nothing legitimate in a workbook has one.
 */
public final class XmlScanner {
    /** What the scanner stopped at. */
    public enum Event { START, END, TEXT, EOF }

    private final byte[] b;
    private final int end;
    private int pos;
    private int nameStart;
    private int nameEnd;
    private int attrStart;
    private int attrEnd;
    // the attribute scanAttribute read last: where its local name starts and ends, and its value's packed range
    private int scannedLocal;
    private int scannedNameEnd;
    private long scannedValue;
    private boolean pendingEnd;
    private int tagStart;
    private int tagEnd;
    private int textStart;
    private int textEnd;
    private boolean textCdata;

    public XmlScanner(byte[] bytes) {
        byte[] data = bytes;
        if (data.length >= 2 && ((data[0] == (byte) 0xFE && data[1] == (byte) 0xFF) || (data[0] == (byte) 0xFF && data[1] == (byte) 0xFE)
            || (data[0] == '<' && data[1] == 0))) {
            data = new String(data, data[0] == '<' ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16).getBytes(StandardCharsets.UTF_8);
        }
        this.b = data;
        this.end = data.length;
        if (end >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            pos = 3;
        }
    }

    public Event next() {
        if (pendingEnd) {
            pendingEnd = false;
            tagStart = tagEnd;
            return Event.END;
        }
        while (pos < end) {
            if (b[pos] != '<') {
                textStart = pos;
                while (pos < end && b[pos] != '<') {
                    pos++;
                }
                textEnd = pos;
                textCdata = false;
                return Event.TEXT;
            }
            byte second = pos + 1 < end ? b[pos + 1] : 0;
            if (second != '?' && second != '!' && second != '/') {
                // most tags open an element: decided on one byte, without trying each kind of markup in turn
                return startTag();
            }
            if (second == '/') {
                tagStart = pos;
                pos += 2;
                readName();
                while (pos < end && b[pos] != '>') {
                    pos++;
                }
                if (pos >= end) {
                    throw new Malformed("unterminated end tag");
                }
                pos++;
                tagEnd = pos;
                return Event.END;
            }
            // what is left is "<?" or "<!"
            if (second == '?') {
                pos = indexOf("?>", pos + 2) + 2;
            } else if (startsWith("<!--")) {
                pos = indexOf("-->", pos + 4) + 3;
            } else if (startsWith("<![CDATA[")) {
                textStart = pos + 9;
                textEnd = indexOf("]]>", textStart);
                pos = textEnd + 3;
                textCdata = true;
                return Event.TEXT;
            } else {
                throw new Malformed("document type declarations are not allowed in a workbook");
            }
        }
        return Event.EOF;
    }

    /** Reads the start tag at {@code pos}: its name, where its attributes stand, whether it closes itself. */
    private Event startTag() {
        tagStart = pos;
        pos++;
        readName();
        attrStart = pos;
        byte quote = 0;
        while (pos < end) {
            byte c = b[pos];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            pos++;
        }
        if (pos >= end) {
            throw new Malformed("unterminated tag");
        }
        attrEnd = pos;
        if (attrEnd > attrStart && b[attrEnd - 1] == '/') {
            attrEnd--;
            pendingEnd = true;
        }
        pos++;
        tagEnd = pos;
        return Event.START;
    }

    private void readName() {
        int start = pos;
        int local = pos;
        while (pos < end) {
            byte c = b[pos];
            if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                break;
            }
            if (c == ':') {
                local = pos + 1;
            }
            pos++;
        }
        if (pos == start) {
            throw new Malformed("empty element name");
        }
        nameStart = local;
        nameEnd = pos;
    }

    /** Byte offset of the '<' that opened the current tag. For the end of a self-closing tag, the offset after it. */
    public int tagStart() {
        return tagStart;
    }

    /** Byte offset just after the '>' that closed the current tag. */
    public int tagEnd() {
        return tagEnd;
    }

    /** Whether the current start tag closes itself ({@code <c r="A1"/>}). */
    public boolean selfClosing() {
        return pendingEnd;
    }

    /** The local name (without prefix) of the current start or end element equals {@code name}. */
    public boolean is(String name) {
        int len = nameEnd - nameStart;
        if (len != name.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (b[nameStart + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An element or attribute name as the bytes {@link #is(byte[])}, {@link #rangeIs(long, byte[])} and
     * {@link #attrRanges(byte[][], long[])} compare with: the sheet reader asks every tag for its name, and comparing
     * bytes with bytes skips a String's per-character checks.
     */
    public static byte[] name(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@link #is(String)} of a name made by {@link #name}. */
    public boolean is(byte[] name) {
        return matches(nameStart, nameEnd, name);
    }

    /** {@link #rangeIs(long, String)} of a name made by {@link #name}. */
    public boolean rangeIs(long range, byte[] text) {
        return range >= 0 && matches((int) (range >>> 32), (int) range, text);
    }

    /**
     * {@link #attrRange} of several names (made by {@link #name}) in one pass over the attributes: {@code out[i]} gets
     * the range of {@code names[i]}, or -1. The sheet reader asks every cell for {@code r} and {@code t}; two passes
     * scanned {@code r} and {@code s} twice.
     */
    public void attrRanges(byte[][] names, long[] out) {
        java.util.Arrays.fill(out, 0, names.length, -1L);
        int missing = names.length;
        int p = attrStart;
        while (p < attrEnd && missing > 0) {
            p = scanAttribute(p);
            if (p < 0) {
                return;
            }
            if (scannedLocal >= 0) {
                for (int i = 0; i < names.length; i++) {
                    if (out[i] == -1L && matches(scannedLocal, scannedNameEnd, names[i])) {
                        out[i] = scannedValue;
                        missing--;
                        break;
                    }
                }
            }
        }
    }

    private boolean matches(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Position of the value of the attribute with this local name, packed as {@code start << 32 | end}, or -1. Lets
     * the sheet reader look at {@code r} and {@code t} of every cell without making strings of them.
     */
    public long attrRange(String name) {
        int p = attrStart;
        while (p < attrEnd) {
            p = scanAttribute(p);
            if (p < 0) {
                return -1;
            }
            if (scannedLocal >= 0 && matches(scannedLocal, scannedNameEnd, name)) {
                return scannedValue;
            }
        }
        return -1;
    }

    /**
     * Reads the attribute that starts at {@code p} (after any space): its local name into {@link #scannedLocal} …
     * {@link #scannedNameEnd} ({@code scannedLocal} −1 when the name is empty), its value's range into
     * {@link #scannedValue}. Returns the position after it, or −1 when no quoted value follows.
     */
    private int scanAttribute(int p) {
        while (p < attrEnd && isSpace(b[p])) {
            p++;
        }
        int ns = p;
        int local = p;
        while (p < attrEnd && b[p] != '=' && !isSpace(b[p])) {
            if (b[p] == ':') {
                local = p + 1;
            }
            p++;
        }
        scannedNameEnd = p;
        scannedLocal = p > ns ? local : -1;
        while (p < attrEnd && b[p] != '"' && b[p] != '\'') {
            p++;
        }
        if (p >= attrEnd) {
            return -1;
        }
        byte quote = b[p++];
        int vs = p;
        while (p < attrEnd && b[p] != quote) {
            p++;
        }
        scannedValue = ((long) vs << 32) | p;
        return p + 1;
    }

    /**
     * A cell reference such as {@code B12} in the given range as its {@link CellAddress#key}; {@link #NOT_A_CELL} when
     * the text is no reference, {@link #OUT_OF_RANGE} when it names a cell outside A1…XFD1048576.
     */
    public long cellRef(long range) {
        if (range < 0) {
            return NOT_A_CELL;
        }
        int p = (int) (range >>> 32);
        int e = (int) range;
        long col = 0;
        int letters = 0;
        while (p < e && b[p] >= 'A' && b[p] <= 'Z' && letters <= 3) {
            col = col * 26 + (b[p] - 'A' + 1);
            p++;
            letters++;
        }
        long row = 0;
        int digits = 0;
        while (p < e && b[p] >= '0' && b[p] <= '9' && digits <= 8) {
            row = row * 10 + (b[p] - '0');
            p++;
            digits++;
        }
        if (col == 0 || digits == 0 || p != e) {
            return p < e && (b[p] >= '0' && b[p] <= '9' || b[p] >= 'A' && b[p] <= 'Z') ? OUT_OF_RANGE : NOT_A_CELL;
        }
        if (!CellAddress.inRange(row - 1, col - 1)) {
            return OUT_OF_RANGE;
        }
        return CellAddress.key((int) row - 1, (int) col - 1);
    }

    /** {@link #cellRef} of text that is no cell reference. */
    public static final long NOT_A_CELL = -1;
    /** {@link #cellRef} of a reference past XFD or row 1 048 576. */
    public static final long OUT_OF_RANGE = -2;

    /** A whole number in the given range, or -1. */
    public int number(long range) {
        if (range < 0) {
            return -1;
        }
        int n = 0;
        int p = (int) (range >>> 32);
        int e = (int) range;
        if (p >= e) {
            return -1;
        }
        for (; p < e; p++) {
            if (b[p] < '0' || b[p] > '9') {
                return -1;
            }
            n = n * 10 + (b[p] - '0');
            if (n > 100_000_000) {
                return Integer.MAX_VALUE; // saturates instead of wrapping: callers compare with their own bounds
            }
        }
        return n;
    }

    /** Whether the given range holds exactly {@code text} (ASCII). */
    public boolean rangeIs(long range, String text) {
        return range >= 0 && matches((int) (range >>> 32), (int) range, text);
    }

    /** The text in the given range, entities resolved; null for -1. */
    public String string(long range) {
        return range < 0 ? null : decode((int) (range >>> 32), (int) range);
    }

    /** The value of the attribute with this local name on the current start element, or null. */
    public String attr(String name) {
        return string(attrRange(name));
    }

    /** The text of the current TEXT event, entities resolved. */
    public String text() {
        return textCdata ? new String(b, textStart, textEnd - textStart, StandardCharsets.UTF_8) : decode(textStart, textEnd);
    }

    /** All text up to the end of the current element, which must just have started. */
    public String elementText() {
        if (pendingEnd) {
            pendingEnd = false;
            return "";
        }
        StringBuilder sb = null;
        String single = null;
        int depth = 0;
        while (true) {
            Event e = next();
            if (e == Event.EOF) {
                throw new Malformed("element not closed");
            }
            if (e == Event.START) {
                depth++;
            } else if (e == Event.END) {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else {
                String t = text();
                if (single == null && sb == null) {
                    single = t;
                } else {
                    if (sb == null) {
                        sb = new StringBuilder(single);
                    }
                    sb.append(t);
                }
            }
        }
        return sb != null ? sb.toString() : single == null ? "" : single;
    }

    /** Skips the rest of the current element, which must just have started. */
    public void skipElement() {
        if (pendingEnd) {
            pendingEnd = false;
            return;
        }
        int depth = 0;
        while (true) {
            Event e = next();
            if (e == Event.EOF) {
                return;
            }
            if (e == Event.START) {
                depth++;
            } else if (e == Event.END && depth-- == 0) {
                return;
            }
        }
    }

    private boolean matches(int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (b[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String decode(int from, int to) {
        int amp = -1;
        for (int i = from; i < to; i++) {
            if (b[i] == '&') {
                amp = i;
                break;
            }
        }
        if (amp < 0) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        // Text written by some tools spells every Chinese character as an entity (&#25910;): decode bytes and
        // entities into one reused buffer instead of a string per run between them.
        char[] out = buffer(to - from);
        int n = 0;
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '&') {
                long entity = i + 2 < to && b[i + 1] == '#' ? numericEntity(i, to) : namedEntity(i, to);
                if (entity < 0) {
                    out[n++] = '&';
                    i++;
                } else {
                    n += Character.toChars((int) (entity >>> 32), out, n);
                    i = (int) entity;
                }
            } else if (c < 0x80) {
                out[n++] = (char) c;
                i++;
            } else {
                int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
                if (len == 1 || i + len > to) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                int cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
                boolean ok = true;
                for (int k = 1; k < len; k++) {
                    int cc = b[i + k] & 0xFF;
                    if ((cc & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (!ok || cp > Character.MAX_CODE_POINT) {
                    out[n++] = '\uFFFD';
                    i++;
                    continue;
                }
                n += Character.toChars(cp, out, n);
                i += len;
            }
        }
        return new String(out, 0, n);
    }

    private char[] chars = new char[256];

    /** A buffer for {@code bytes} bytes of text: UTF-8 and entities never decode to more chars than bytes. */
    private char[] buffer(int bytes) {
        if (chars.length < bytes) {
            chars = new char[Math.max(bytes, chars.length * 2)];
        }
        return chars;
    }

    /**
     * The numeric entity at {@code amp} (&amp;#25910; or &amp;#x6536;), read in one pass, as its code point {@code << 32}
     * and the offset after its ';'; −1 when it is none (no ';' within 12 bytes, a wrong digit, past Unicode). Some
     * tools write every Chinese character this way, so this runs for most bytes of their sheets.
     */
    private long numericEntity(int amp, int to) {
        boolean hex = b[amp + 2] == 'x' || b[amp + 2] == 'X';
        int start = hex ? amp + 3 : amp + 2;
        int k = start;
        int cp = 0;
        while (k < to && b[k] != ';' && k - amp < 12) {
            int d = digit(b[k], hex);
            if (d < 0) {
                return -1;
            }
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > Character.MAX_CODE_POINT) {
                return -1;
            }
            k++;
        }
        return k > start && k < to && b[k] == ';' ? (long) cp << 32 | (k + 1) : -1;
    }

    /** The named entity at {@code amp} (&amp;lt; …), as {@link #numericEntity} gives it; −1 when it is none XML knows. */
    private long namedEntity(int amp, int to) {
        int semi = amp + 1;
        while (semi < to && b[semi] != ';' && semi - amp < 12) {
            semi++;
        }
        if (semi >= to || b[semi] != ';') {
            return -1;
        }
        int cp = named(amp + 1, semi);
        return cp < 0 ? -1 : (long) cp << 32 | (semi + 1);
    }

    /** The character a named entity between '&' and ';' stands for, or -1 when it is not one XML knows. */
    private int named(int from, int to) {
        if (matches(from, to, "lt")) {
            return '<';
        }
        if (matches(from, to, "gt")) {
            return '>';
        }
        if (matches(from, to, "amp")) {
            return '&';
        }
        if (matches(from, to, "quot")) {
            return '"';
        }
        if (matches(from, to, "apos")) {
            return '\'';
        }
        return -1;
    }

    /**
     * What {@link Character#digit} gives for a byte, in base 10 or 16, without its general Unicode lookup: some tools
     * write every Chinese character as a numeric entity, so this runs for most bytes of their sheets.
     */
    private static int digit(byte c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > end) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i <= end - s.length(); i++) {
            for (int k = 0; k < s.length(); k++) {
                if (b[i + k] != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        throw new Malformed("unterminated " + s);
    }

    /** The part is not well-formed XML. */
    public static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }
}
