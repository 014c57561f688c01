package org.suanpan.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a formula such as {@code 公开02: 各行 1栏 = 2栏+3栏+…+7栏} into tokens. Full-width and half-width signs,
 * brackets and colons are all accepted, as finance officers type both.
 */
final class Tokenizer {
    static final List<String> KEYWORDS = List.of("其下各款之和", "其下各项之和", "各类行之和", "下级之和",
        "各类行", "各款行", "各项行", "各空行", "合计行", "同类行", "各行", "各栏");

    private static final List<String> SORTED = KEYWORDS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final String SEPARATORS = " \t+＋-−－=＝≤≥<>(（)）:：…⋯.，,[]【】";

    private Tokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u3000') {
                i++;
                continue;
            }
            int start = i;
            if (s.startsWith("公开", i) || s.startsWith("预算", i)) {
                String prefix = s.substring(i, i + 2);
                int j = i + 2;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                int d = j;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                if (j > d) {
                    String id = prefix + String.format("%02d", Integer.parseInt(s.substring(d, j)));
                    // a table in parts (预算05-1, 预算05-2)
                    if (j + 1 < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '－') && Character.isDigit(s.charAt(j + 1))) {
                        int p = j + 1;
                        while (p < s.length() && Character.isDigit(s.charAt(p))) {
                            p++;
                        }
                        id += "-" + s.substring(j + 1, p);
                        j = p;
                    }
                    if (j < s.length() && s.charAt(j) == '表') {
                        j++;
                    }
                    out.add(new Token(Token.Type.TABLE, id, start));
                    i = j;
                    continue;
                }
            }
            if (s.startsWith("各表", i)) {
                out.add(new Token(Token.Type.EVERY_TABLE, "各表", start));
                i += 2;
                continue;
            }
            String keyword = keywordAt(s, i);
            if (keyword != null) {
                out.add(new Token(Token.Type.KEYWORD, keyword, start));
                i += keyword.length();
                continue;
            }
            if (Character.isDigit(ch)) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                boolean decimal = j + 1 < s.length() && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1));
                if (decimal) {
                    j++;
                    while (j < s.length() && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                String digits = s.substring(i, j);
                char next = j < s.length() ? s.charAt(j) : 0;
                if (!decimal && next == '行') {
                    out.add(new Token(Token.Type.LINE, digits, start));
                    j++;
                } else if (!decimal && next == '栏') {
                    out.add(new Token(Token.Type.COLUMN, digits, start));
                    j++;
                } else if (!decimal && (digits.length() == 3 || digits.length() == 5 || digits.length() == 7)) {
                    out.add(new Token(Token.Type.CODE, digits, start));
                } else {
                    out.add(new Token(Token.Type.NUMBER, digits, start));
                }
                i = j;
                continue;
            }
            if (ch == '[' || ch == '【') {
                int close = s.indexOf(ch == '[' ? ']' : '】', i);
                if (close < 0) {
                    close = s.length();
                }
                out.add(new Token(Token.Type.LIST, s.substring(i + 1, close).strip(), start));
                i = close + 1;
                continue;
            }
            switch (ch) {
                case '+', '＋' -> add(out, Token.Type.PLUS, "+", start);
                case '-', '−', '－' -> add(out, Token.Type.MINUS, "-", start);
                case '=', '＝' -> add(out, Token.Type.EQUAL, "=", start);
                case '≤' -> add(out, Token.Type.AT_MOST, "≤", start);
                case '≥' -> add(out, Token.Type.AT_LEAST, "≥", start);
                case '(', '（' -> add(out, Token.Type.OPEN, "(", start);
                case ')', '）' -> add(out, Token.Type.CLOSE, ")", start);
                case ':', '：' -> add(out, Token.Type.COLON, ":", start);
                case '<' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                        i++;
                    }
                    add(out, Token.Type.AT_MOST, "≤", start);
                }
                case '>' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '=') {
                        i++;
                    }
                    add(out, Token.Type.AT_LEAST, "≥", start);
                }
                case '…', '⋯', '.' -> {
                    while (i + 1 < s.length() && "…⋯.".indexOf(s.charAt(i + 1)) >= 0) {
                        i++;
                    }
                    add(out, Token.Type.ELLIPSIS, "…", start);
                }
                default -> {
                    int j = i;
                    while (j < s.length() && SEPARATORS.indexOf(s.charAt(j)) < 0 && !Character.isWhitespace(s.charAt(j))
                        && !Character.isDigit(s.charAt(j)) && keywordAt(s, j) == null) {
                        j++;
                    }
                    out.add(new Token(Token.Type.LABEL, s.substring(i, j), start));
                    i = j - 1;
                }
            }
            i++;
        }
        return out;
    }

    private static void add(List<Token> out, Token.Type type, String text, int pos) {
        out.add(new Token(type, text, pos));
    }

    private static String keywordAt(String s, int i) {
        for (String k : SORTED) {
            if (s.startsWith(k, i)) {
                return k;
            }
        }
        return null;
    }
}
