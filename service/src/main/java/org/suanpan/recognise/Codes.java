package org.suanpan.recognise;

import org.suanpan.text.Text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a 科目代码 — 3, 5 or 7 digits — from a cell that may also hold the name (“210 卫生健康支出”). */
final class Codes {
    private static final Pattern CODE = Pattern.compile("^(\\d{7}|\\d{5}|\\d{3})(?:\\.0+)?(?![\\d.])(.*)$");

    private Codes() {
    }

    record Parsed(String code, String rest) {
    }

    static Parsed parse(String text) {
        String n = Text.norm(text);
        Matcher m = CODE.matcher(n);
        if (!m.matches()) {
            return null;
        }
        return new Parsed(m.group(1), text == null ? "" : stripCode(text.trim(), m.group(1)));
    }

    private static String stripCode(String raw, String code) {
        int at = raw.indexOf(code);
        String rest = at >= 0 ? raw.substring(at + code.length()) : raw;
        if (rest.startsWith(".0")) {
            rest = rest.replaceFirst("^\\.0+", "");
        }
        return rest.trim();
    }

    static boolean isTotal(String text) {
        String n = Text.norm(text);
        return n.equals("合计") || n.equals("总计") || n.equals("合计数") || n.equals("本年合计");
    }
}
