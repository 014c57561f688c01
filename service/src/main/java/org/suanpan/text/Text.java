package org.suanpan.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises the Chinese text of titles, headers and labels so that what a person reads as the same is the same:
 * full-width and half-width forms, spaces and line breaks inside words, quotes of every style.
 */
public final class Text {
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B]+");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞]");
    private static final Pattern ORDINAL = Pattern.compile(
        "^(?:[(][一二三四五六七八九十]+[)][、.]?|[一二三四五六七八九十]+[、.]|[(]\\d+[)][、.]?|\\d+[、.](?!\\d))");

    private Text() {
    }

    /** NFKC, no white space, no quotes. */
    public static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = SPACE.matcher(n).replaceAll("");
        return QUOTES.matcher(n).replaceAll("");
    }

    /** {@link #norm} without a leading ordinal such as “一、”, “（三）” or “2.”. */
    public static String label(String s) {
        String n = norm(s);
        return ORDINAL.matcher(n).replaceFirst("");
    }

    public static boolean isBlank(String s) {
        return s == null || SPACE.matcher(s).replaceAll("").isEmpty();
    }
}
