package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.definition.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings of 第三部分 are numbered 一、二、三… in order: a heading whose number does not follow the one before
 * (skipped, repeated, out of order) is reported once, where the break is.
 */
final class SectionNumbering implements Check {
    private static final Pattern NUMBER = Pattern.compile("^([一二三四五六七八九十]+)[、.]");

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        Integer previous = null;
        Integer previousExpected = null;
        for (Publication.Part part : p.parts()) {
            if (!part.heading()) {
                continue;
            }
            Matcher m = NUMBER.matcher(part.words().text);
            if (!m.find()) {
                continue;
            }
            int n = value(m.group(1));
            if (n <= 0) {
                continue;
            }
            if (n == 1 && previous != null) {
                // a list numbered 一、二… inside a section (an attached report): the section numbers are over
                break;
            }
            int expected = previous == null ? 1 : previous + 1;
            // after one wrong number, the next heading that goes on from where the count should be is not a new break
            boolean resumes = previousExpected != null && n == previousExpected + 1;
            if (n != expected && !resumes) {
                Words w = part.words();
                out.add(Findings.text(item, w, w.quote(0, w.text.length()),
                    "这一节编号为“" + m.group(1) + "”，按顺序应为“" + ChineseNumerals.ordinal(expected) + "”"
                        + (previous == null ? "（第三部分的第一节）" : "（上一节是“" + ChineseNumerals.ordinal(previous) + "”）")
                        + "。请检查是否漏了一节或编号写错。", null, null));
            }
            previousExpected = n == expected || resumes ? n : expected;
            previous = n;
        }
        return out;
    }

    /** 一 … 九十九 as a number; 0 when it is not one. */
    static int value(String numeral) {
        String digits = "一二三四五六七八九";
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return numeral.length() == 1 ? digits.indexOf(numeral.charAt(0)) + 1 : 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(numeral.charAt(0)) + 1;
        int ones = ten == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(ten + 1)) + 1;
        return tens * 10 + ones;
    }
}
