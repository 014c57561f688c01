package org.suanpan.inspect;

/**
 * A paragraph's words made regular for matching — no white space or quotes, full-width forms half-width, no
 * thousands separators — remembering where each character stood, so a finding quotes the words as written.
 */
final class Words {
    final int paragraph;
    final String text;
    private final String original;
    private final int[] origin;

    private Words(int paragraph, String original, String text, int[] origin) {
        this.paragraph = paragraph;
        this.original = original;
        this.text = text;
        this.origin = origin;
    }

    static Words of(int paragraph, String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || "“”\"‘’'".indexOf(c) >= 0) {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c == ',' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1)) && threeDigits(original, i + 1)) {
                continue;
            }
            origin[sb.length()] = i;
            sb.append(c);
        }
        origin[sb.length()] = original.length();
        return new Words(paragraph, original, sb.toString(), origin);
    }

    private static boolean threeDigits(String s, int from) {
        int n = 0;
        while (from + n < s.length() && Character.isDigit(s.charAt(from + n))) {
            n++;
        }
        return n == 3;
    }

    /** The words as written between two positions of {@link #text}. */
    String quote(int from, int to) {
        int a = origin[Math.max(0, Math.min(from, text.length()))];
        int b = to >= text.length() ? original.length() : origin[Math.max(from, to)];
        return original.substring(a, Math.max(a, b)).strip();
    }

    /** The sentence around a position: from after the last 。；！？ before it to the next one (included). */
    int sentenceStart(int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if ("。;!?".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    int sentenceEnd(int at) {
        for (int i = at; i < text.length(); i++) {
            if ("。;!?".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    String original() {
        return original;
    }
}
