package org.suanpan.inspect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparisons a 情况说明 states, found in a paragraph's regular words: a budget beside its 决算 (“年初预算为 9.63
 * 万元，支出决算为 9.3 万元”) and a change on last year (“与 2021 年度相比……减少 333.63 万元，下降 22.0%”).
 */
final class Stated {
    /** A budget and its 决算: where the pair starts and ends in the words. */
    record BudgetPair(int start, int end, BigDecimal budget, BigDecimal actual) {
    }

    /**
     * A change on last year: where it starts and ends, the amount (positive), whether it is an increase, the percent
     * printed after it (or null) and the figure it is a change of (the last amount before it in the sentence, or null).
     */
    record Change(int start, int end, BigDecimal amount, boolean increase, BigDecimal percent, BigDecimal current) {
    }

    static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    static final Pattern AMOUNT = Pattern.compile(NUMBER + "万元");
    private static final Pattern PAIR = Pattern.compile("(?:年初预算|全年预算|预算)数?为" + NUMBER + "万元[,;]?(?:支出)?决算数?为" + NUMBER + "万元");
    private static final Pattern CHANGE = Pattern.compile("(增加|减少)" + NUMBER + "万元");
    private static final Pattern PERCENT_AFTER = Pattern.compile("^[,;]?(?:增长|下降|降低|上升|提高|增幅为|降幅为|增幅|降幅)" + NUMBER + "%");
    private static final Pattern LAST_YEAR = Pattern.compile("上年|上一年|同比|(?:与|比|较)20\\d{2}年");

    private Stated() {
    }

    static List<BudgetPair> budgetPairs(String text) {
        List<BudgetPair> out = new ArrayList<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            out.add(new BudgetPair(m.start(), m.end(), new BigDecimal(m.group(1)), new BigDecimal(m.group(2))));
        }
        return out;
    }

    static List<Change> changes(Words w) {
        List<Change> out = new ArrayList<>();
        Matcher m = CHANGE.matcher(w.text);
        while (m.find()) {
            int sentence = w.sentenceStart(m.start());
            String before = w.text.substring(sentence, m.start());
            if (!LAST_YEAR.matcher(before).find()) {
                continue;
            }
            Matcher pct = PERCENT_AFTER.matcher(w.text.substring(m.end()));
            BigDecimal percent = pct.find() ? new BigDecimal(pct.group(1)) : null;
            int end = percent == null ? m.end() : m.end() + pct.end();
            BigDecimal current = null;
            Matcher a = AMOUNT.matcher(before);
            while (a.find()) {
                current = new BigDecimal(a.group(1));
            }
            out.add(new Change(sentence, end, new BigDecimal(m.group(2)), m.group(1).equals("增加"), percent, current));
        }
        return out;
    }
}
