package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.text.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the text says of a budget and its 决算 fits the two figures it states: “决算数大于（小于、等于）预算数”
 * after them agrees with their order; with {@code zeroBudget}, a budget of 0 has no “完成预算的 X%”.
 * Only the words between one pair and the next are read for that pair.
 */
final class BudgetWording implements Check {
    private static final Pattern WORDING = Pattern.compile("决算数?(大于|小于|等于|超过|低于|高于|多于|少于)(?:年初|全年)?预算数?");
    private static final Pattern RATE = Pattern.compile("完成(?:了)?(?:年初|全年)?预算的?" + Stated.NUMBER + "%");
    private final boolean zeroBudget;

    BudgetWording(boolean zeroBudget) {
        this.zeroBudget = zeroBudget;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        for (Publication.Part part : p.parts()) {
            Words w = part.words();
            List<Stated.BudgetPair> pairs = Stated.budgetPairs(w.text);
            for (int k = 0; k < pairs.size(); k++) {
                Stated.BudgetPair pair = pairs.get(k);
                int next = k + 1 < pairs.size() ? pairs.get(k + 1).start() : w.text.length();
                String after = w.text.substring(pair.end(), next);
                int cmp = pair.actual().compareTo(pair.budget());
                String figures = "预算数 " + Money.format(pair.budget()) + " 万元、决算数 " + Money.format(pair.actual()) + " 万元";
                if (zeroBudget) {
                    Matcher r = RATE.matcher(after);
                    if (pair.budget().signum() == 0 && r.find()) {
                        out.add(Findings.text(item, w, w.quote(pair.end() + r.start(), pair.end() + r.end()),
                            "预算数为 0，“完成预算的 " + r.group(1) + "%”无从计算。请删去完成率，写明本年未安排预算" + (pair.actual().signum() == 0 ? "、也无支出" : "及支出的原因") + "。",
                            null, null));
                    }
                    continue;
                }
                Matcher m = WORDING.matcher(after);
                while (m.find()) {
                    int said = switch (m.group(1)) {
                        case "大于", "超过", "高于", "多于" -> 1;
                        case "小于", "低于", "少于" -> -1;
                        default -> 0;
                    };
                    if (said != cmp) {
                        String actual = cmp > 0 ? "大于" : cmp < 0 ? "小于" : "等于";
                        out.add(Findings.text(item, w, w.quote(pair.end() + m.start(), pair.end() + m.end()),
                            "这里写“决算数" + m.group(1) + "预算数”，但" + figures + "，决算数" + actual + "预算数。请按实际改正"
                                + (cmp == 0 ? "（相等时不必说明差异原因）" : "") + "。", pair.actual(), pair.budget()));
                    }
                }
            }
        }
        return out;
    }
}
