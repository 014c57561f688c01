package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.check.Quantity;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * With last year's workbook: a figure that changed beyond the threshold (or from nothing) has its change stated in
 * its section (“与上年相比增加……”) — the reason then follows by 变动原因. A section the text does not have, or a
 * text without last year's workbook, is not judged.
 */
final class ChangesStated implements Check {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Set<String> parameters() {
        return Set.of("项", "幅度");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        try {
            item.percent("幅度", "10%");
            if (item.list("项").isEmpty()) {
                throw new IllegalArgumentException();
            }
            for (String entry : item.list("项")) {
                String[] f = entry.split("/");
                if (f.length != 3 || vocabulary.section(f[2].strip()) == null) {
                    throw new IllegalArgumentException();
                }
                FormulaParser.parseSum(f[1]);
            }
            return null;
        } catch (IllegalArgumentException | RuleSyntaxException e) {
            return "检查“变动说明”要用参数“项=名称/表中的数/节、…”（节是 templates/narrative/sections.txt 中的一节）和“幅度=10%”。";
        }
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        if (!p.hasText()) {
            return out;
        }
        BigDecimal threshold = item.percent("幅度", "10%");
        for (String entry : item.list("项")) {
            String[] f = entry.split("/");
            Quantity now = p.figure(f[1].strip()).orElse(null);
            Quantity before = p.priorFigure(f[1].strip()).orElse(null);
            List<Words> section = p.section(f[2].strip());
            if (now == null || before == null || section.isEmpty()) {
                continue;
            }
            BigDecimal change = now.value().subtract(before.value());
            if (change.abs().compareTo(new BigDecimal("0.005")) <= 0) {
                continue;
            }
            boolean beyond = before.value().signum() == 0
                || change.abs().multiply(HUNDRED).divide(before.value().abs(), MathContext.DECIMAL64).compareTo(threshold) >= 0;
            if (!beyond || section.stream().anyMatch(w -> !Stated.changes(w).isEmpty())) {
                continue;
            }
            String rate = before.value().signum() == 0 ? "从无到有"
                : (change.signum() > 0 ? "增长 " : "下降 ") + change.abs().multiply(HUNDRED).divide(before.value().abs(), 1, RoundingMode.HALF_UP).toPlainString() + "%";
            Words at = section.get(0);
            out.add(Findings.text(item, at, at.quote(0, Math.min(at.text.length(), 40)), f[0].strip() + " " + Money.format(now.value())
                + " 万元，上年 " + Money.format(before.value()) + " 万元（" + rate + "），这一节没有说明较上年的增减。请写明“与上年相比增加（减少）……万元，"
                + "增长（下降）……%，主要原因是……”。", now.value(), before.value()));
        }
        return out;
    }
}
