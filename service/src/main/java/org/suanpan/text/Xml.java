package org.suanpan.text;

/**
 * Escaping for text and attribute values written into the XML parts of the packages Suanpan writes. Workbook text is
 * copied into comments, 审核结果, summaries and drafts; characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF,
 * lone surrogates) would make the whole part ill-formed and Excel or WPS would drop it, so they are replaced.
 */
public final class Xml {
    /** What stands in for a character XML cannot carry. */
    public static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> i = appendSafe(sb, s, i);
            }
        }
        return sb.toString();
    }

    /**
     * The text with every character XML forbids replaced (control characters dropped), for text handed to POI, which
     * writes it as it is. Returns {@code s} itself when nothing needs replacing.
     */
    public static String safe(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return replace(s);
            }
        }
        return s;
    }

    private static String replace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            i = appendSafe(sb, s, i);
        }
        return sb.toString();
    }

    /**
     * Appends the character at {@code i} (with its low surrogate when it is a pair) if XML allows it, U+FFFD for any
     * other character from U+0020 up; control characters other than tab and line ends are dropped, as they always
     * were. Returns the index of the last character it consumed.
     */
    private static int appendSafe(StringBuilder sb, String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
        } else if (allowed(c)) {
            sb.append(c);
        } else if (c >= 0x20) {
            sb.append(REPLACEMENT);
        }
        return i;
    }

    /**
     * An XML part with every character XML 1.0 forbids — raw or as a character reference — replaced by U+FFFD, for
     * parts copied from a workbook into one Suanpan writes: the workbook may carry them (its writer did not check), and
     * a copy that keeps them is refused by strict readers. Returns {@code xml} itself, uncopied, when it is clean.
     */
    public static byte[] repair(byte[] xml) {
        if (clean(xml)) {
            return xml;
        }
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = CHAR_REF.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            long code;
            try {
                code = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            } catch (NumberFormatException e) {
                code = -1;
            }
            boolean ok = code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
                || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
            m.appendReplacement(sb, ok ? java.util.regex.Matcher.quoteReplacement(m.group()) : "&#xFFFD;");
        }
        m.appendTail(sb);
        return replaceRaw(sb.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static final java.util.regex.Pattern CHAR_REF = java.util.regex.Pattern.compile("&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));");

    /** Like {@link #safe} but keeps nothing out: every forbidden character, control characters too, becomes U+FFFD. */
    private static String replaceRaw(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (!pair && !allowed(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(REPLACEMENT);
                continue;
            }
            if (sb != null) {
                sb.append(c);
                if (pair) {
                    sb.append(s.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether the UTF-8 bytes hold nothing {@link #repair} would change: one pass, no decoding. */
    static boolean clean(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x20 && c != '&' && c != 0xEF && c != 0xED && c < 0xF8) {
                continue;
            }
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            } else if (c == '&') {
                if (i + 1 < b.length && b[i + 1] == '#') {
                    return false; // character references are rare in what Excel writes: let the careful path judge them
                }
            } else if (c == 0xEF) {
                if (i + 2 < b.length && (b[i + 1] & 0xFF) == 0xBF && ((b[i + 2] & 0xFF) == 0xBE || (b[i + 2] & 0xFF) == 0xBF)) {
                    return false;
                }
            } else if (c == 0xED) {
                if (i + 1 < b.length && (b[i + 1] & 0xFF) >= 0xA0) {
                    return false; // a surrogate encoded on its own
                }
            } else {
                return false; // no valid UTF-8 byte
            }
        }
        return true;
    }

    /** A character XML 1.0 allows on its own (surrogates only in pairs, which the callers check). */
    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }
}
