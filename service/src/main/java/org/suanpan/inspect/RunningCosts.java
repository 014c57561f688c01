package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.check.Quantity;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 机关运行经费 the text states is set against the figure it is usually part of (公开06 公用经费合计): a warning
 * when it is larger — not an error, since a department's 机关运行经费 may be drawn from more than 基本支出.
 */
final class RunningCosts implements Check {
    private static final Pattern STATED = Pattern.compile("机关运行经费(?:支出|决算数?)?(?:为|共计|合计)?" + Stated.NUMBER + "万元");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    @Override
    public Set<String> parameters() {
        return Set.of("比较");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        try {
            FormulaParser.parseSum(item.text("比较", ""));
            return null;
        } catch (RuleSyntaxException | IllegalArgumentException e) {
            return "参数“比较”应按审核公式的写法指向表中的数，如“公开06 公用经费合计”。";
        }
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        Quantity against = p.figure(item.text("比较", "")).orElse(null);
        if (against == null) {
            return out;
        }
        for (Words w : p.allText()) {
            Matcher m = STATED.matcher(w.text);
            if (!m.find()) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(1));
            if (stated.compareTo(against.value().add(HALF_CENT)) > 0) {
                out.add(Findings.text(item, w, w.quote(m.start(), m.end()), "机关运行经费 " + Money.format(stated) + " 万元，超过"
                    + item.text("比较", "") + " " + Money.format(against.value()) + " 万元。请核实两者的口径。", stated, against.value()));
            }
            break;
        }
        return out;
    }
}
