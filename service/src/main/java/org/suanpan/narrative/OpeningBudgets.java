package org.suanpan.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 年初预算 a 决算's 情况说明 states — “2080505 机关事业单位基本养老保险缴费支出（项）。年初预算为 9.63 万元，支出决算为…”,
 * “一般公共预算财政拨款支出年初预算为 7628.80 万元” — with the section it stands in and what it is the budget of, for
 * comparing with the 部门预算 of the same year. Only 年初 budgets: a 全年 or 调整后 budget includes the year's
 * adjustments and is not the published 部门预算. Reads the claims the narrative checker reads; judges nothing itself.
 */
public final class OpeningBudgets {

    /**
     * One stated 年初预算.
     *
     * @param subject   the words naming what it is the budget of, normalised (“卫生健康支出(类)行政事业单位医疗(款)”)
     * @param tolerance half the last digit the text printed, at least half a cent: the interval the stated figure rounds
     * @param step      one step of the printed precision
     */
    public record Stated(String section, int paragraph, String quote, String subject, BigDecimal value, BigDecimal tolerance,
                         BigDecimal step) {
    }

    private OpeningBudgets() {
    }

    /** Every 年初预算 stated in one of {@code sections} (keys of templates/narrative/sections.txt), in text order. */
    public static List<Stated> find(List<Paragraph> paragraphs, Vocabulary vocabulary, Set<String> sections) {
        List<Stated> out = new ArrayList<>();
        ClaimFinder.Narrow narrow = ClaimFinder.Narrow.of(vocabulary);
        for (Outline.Placed placed : Outline.of(paragraphs, vocabulary)) {
            if (placed.heading() || placed.section() == null || !sections.contains(placed.section().key())) {
                continue;
            }
            Normalized n = Normalized.of(placed.paragraph().text());
            for (Figure f : ClaimFinder.figures(n.text, narrow)) {
                if (f.kind() == Figure.Kind.BUDGET && f.label().contains("年初") && !f.label().contains("调整") && !f.subject().isEmpty()) {
                    out.add(new Stated(placed.section().key(), placed.paragraph().index(), ClaimFinder.clause(n, f), f.subject(), f.value(),
                        f.half().max(f.printedHalf()), f.step()));
                }
            }
        }
        return out;
    }
}
