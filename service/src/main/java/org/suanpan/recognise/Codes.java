package org.suanpan.recognise;

import org.suanpan.text.Text;


/**
 * Reads a 科目代码 — 3, 5 or 7 digits — or a 单位编码 (6 digits under its 3-digit 部门, as a budget's 分单位 table
 * prints them) from a cell that may also hold the name (“210 卫生健康支出”).
 */
final class Codes {

    private Codes() {
    }

    record Parsed(String code, String rest) {
    }

    static Parsed parse(String text) {
        if (text == null || !startsWithDigit(text)) {
            return null;
        }
        String n = Text.norm(text);
        int digits = 0;
        while (digits < n.length() && n.charAt(digits) >= '0' && n.charAt(digits) <= '9') {
            digits++;
        }
        if (digits != 3 && digits != 5 && digits != 6 && digits != 7) {
            return null;
        }
        int after = digits;
        if (after < n.length() && n.charAt(after) == '.') {
            int k = after + 1;
            while (k < n.length() && n.charAt(k) == '0') {
                k++;
            }
            if (k == after + 1 || (k < n.length() && (Character.isDigit(n.charAt(k)) || n.charAt(k) == '.'))) {
                return null;
            }
            after = k;
        }
        String code = n.substring(0, digits);
        return new Parsed(code, stripCode(text.trim(), code));
    }

    private static String stripCode(String raw, String code) {
        int at = raw.indexOf(code);
        String rest = at >= 0 ? raw.substring(at + code.length()) : raw;
        if (rest.startsWith(".0")) {
            rest = rest.replaceFirst("^\\.0+", "");
        }
        return rest.trim();
    }

    private static boolean startsWithDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                return Character.isDigit(c);
            }
        }
        return false;
    }

    static boolean isTotal(String text) {
        if (text == null || text.indexOf('计') < 0) {
            return false;
        }
        String n = Text.norm(text);
        return n.equals("合计") || n.equals("总计") || n.equals("合计数") || n.equals("本年合计");
    }
}
