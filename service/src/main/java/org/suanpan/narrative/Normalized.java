package org.suanpan.narrative;

/**
 * A paragraph's text made regular for matching — no white space, full-width letters, digits and punctuation as
 * half-width, traditional characters as simplified, no thousands separators — with the position of every character in the original, so a quote can show
 * the words as the department wrote them.
 */
final class Normalized {
    final String text;
    private final int[] origin;
    private final String original;

    private Normalized(String original, String text, int[] origin) {
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static Normalized of(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            c = Script.simplified(c);
            if (c == ',' && isGroupSeparator(original, i, sb)) {
                continue;
            }
            origin[sb.length()] = i;
            sb.append(c);
        }
        origin[sb.length()] = original.length();
        return new Normalized(original, sb.toString(), origin);
    }

    /** A comma between a digit and exactly three digits is a thousands separator (“1,148.77”), not a clause break. */
    private static boolean isGroupSeparator(String s, int comma, StringBuilder before) {
        if (before.length() == 0 || !Character.isDigit(before.charAt(before.length() - 1))) {
            return false;
        }
        int digits = 0;
        int i = comma + 1;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            digits++;
            i++;
        }
        return digits == 3;
    }

    /** The original words between two positions of the normalised text. */
    String quote(int from, int to) {
        int a = origin[Math.max(0, Math.min(from, text.length()))];
        int b = to >= text.length() ? original.length() : origin[to];
        return original.substring(a, Math.max(a, b)).strip();
    }
}
