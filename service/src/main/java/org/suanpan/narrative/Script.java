package org.suanpan.narrative;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional characters as simplified ones (萬元 → 万元, 決算 → 决算, 佔 → 占), so a 情况说明 copied from a mirror site
 * reads like any other. ICU's Traditional-Simplified transliterator holds the mapping — a kept list of thousands of
 * characters rather than a hand list of the few we happened to meet. One character at a time, so every position of the
 * text still points at the character the department wrote.
 */
final class Script {
    private static final Transliterator HANT_HANS = Transliterator.getInstance("Traditional-Simplified");
    private static final ConcurrentHashMap<Character, Character> CACHE = new ConcurrentHashMap<>();

    private Script() {
    }

    static char simplified(char c) {
        if (c < 0x3400 || Character.isSurrogate(c)) {
            return c;
        }
        return CACHE.computeIfAbsent(c, k -> {
            String s;
            synchronized (HANT_HANS) { // ICU does not promise a transliterator is safe to share; each character is asked once
                s = HANT_HANS.transliterate(String.valueOf(k));
            }
            return s.length() == 1 ? s.charAt(0) : k;
        });
    }
}
