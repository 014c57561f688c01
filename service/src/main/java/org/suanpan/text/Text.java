package org.suanpan.text;

import java.text.Normalizer;

/**
 * Normalises the Chinese text of titles, headers and labels so that what a person reads as the same is the same:
 * full-width and half-width forms, spaces and line breaks inside words, quotes of every style.
 */
public final class Text {
    private static final String NUMERALS = "一二三四五六七八九十廿";

    private Text() {
    }

    /** NFKC, no white space, no quotes. */
    public static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c > ' ' && c < 0x7F && c != '"' && c != '\'')) {
                // common ideographs and printable ASCII other than quotes stay as they are: decided in two tests,
                // as every text cell of a workbook comes through here once
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (needsFullNormalizer(c)) {
                return slowNorm(s);
            }
            char mapped = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            boolean drop = isSpace(c) || isQuote(c);
            if (sb == null && (drop || mapped != c)) {
                sb = new StringBuilder(s.length());
                sb.append(s, 0, i);
            }
            if (sb != null && !drop) {
                sb.append(mapped);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Characters NFKC changes beyond full-width forms: Kangxi radicals, compatibility ideographs, enclosed forms. */
    private static boolean needsFullNormalizer(char c) {
        return (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\u3200' && c <= '\u33FF')
            || (c >= '\u2150' && c <= '\u218F') || (c >= '\u2460' && c <= '\u24FF') || (c >= '\uFE30' && c <= '\uFE6F')
            || c == '\u2002' || c == '\u2003';
    }

    private static String slowNorm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(isSpace(c) || isQuote(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** White space of any width, including the ideographic space and no-break spaces. */
    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x85) {
            return false;
        }
        return c <= ' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029
            || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」' || c == '『'
            || c == '』' || c == '〝' || c == '〞';
    }

    /** {@link #norm} without a leading ordinal such as “一、”, “（三）” or “2.”. */
    public static String label(String s) {
        String n = norm(s);
        if (n.isEmpty()) {
            return n;
        }
        return n.substring(ordinalLength(n));
    }

    /** Length of a leading “一、”, “(三)”, “(2)” or “2.”; 0 when there is none. */
    private static int ordinalLength(String n) {
        int i = 0;
        boolean bracket = n.charAt(0) == '(';
        if (bracket) {
            i++;
        }
        int start = i;
        boolean digits = i < n.length() && Character.isDigit(n.charAt(i));
        while (i < n.length() && (digits ? Character.isDigit(n.charAt(i)) : NUMERALS.indexOf(n.charAt(i)) >= 0)) {
            i++;
        }
        if (i == start || i >= n.length()) {
            return 0;
        }
        if (bracket) {
            if (n.charAt(i) != ')') {
                return 0;
            }
            i++;
            return i < n.length() && (n.charAt(i) == '、' || n.charAt(i) == '.') ? i + 1 : i;
        }
        char sep = n.charAt(i);
        if (sep == '、') {
            return i + 1;
        }
        if (sep == '.' && !(i + 1 < n.length() && Character.isDigit(n.charAt(i + 1)))) {
            return i + 1;
        }
        return 0;
    }

    /**
     * The text cut to at most {@code max} characters, “…” marking the cut, for quoting workbook or 情况说明 text in a
     * report: a cell may hold 32 767 characters, and a report that repeats it in every finding grows without bound.
     */
    public static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    public static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
