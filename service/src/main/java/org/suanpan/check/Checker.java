package org.suanpan.check;

import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.Problem;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.Comparison;
import org.suanpan.rules.Rule;
import org.suanpan.rules.RuleBook;
import org.suanpan.text.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Applies every rule of the edition's rule book to a recognised workbook and turns what breaks into findings. Knows
 * no table by heart: what to check comes from the rule files.
 */
public final class Checker {

    public CheckResult check(Recognition recognition, RuleBook rules) {
        RelationExpander expander = new RelationExpander(recognition);
        List<Relation> relations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Problem p : recognition.problems()) {
            findings.add(fromProblem(p));
        }
        for (Rule rule : rules.rules()) {
            org.suanpan.Cancel.check();
            try {
                List<Relation> expanded = expand(expander, rule);
                // one by one: addAll would first copy each rule's relations into an array of their own
                for (int i = 0, n = expanded.size(); i < n; i++) {
                    relations.add(expanded.get(i));
                }
            } catch (RuleNotApplicable e) {
                findings.add(new Finding(rule.code(), Severity.WARNING, null, null, null, List.of(), null, rule.text(), null,
                    null, null, null, null, null, "审核公式 " + rule.code() + "（" + rule.text() + "）无法应用于这个工作簿：" + e.getMessage()
                    + "。已跳过这条公式。", "rule", null));
            }
        }
        Map<Relation, AmountCell> suspects = SuspectFinder.suspects(relations);
        Edition edition = recognition.edition();
        for (Relation r : relations) {
            org.suanpan.Cancel.check();
            if (r.broken()) {
                AmountCell suspect = suspects.get(r);
                findings.add(finding(recognition, r, r.rule().severity(), suspect == null ? null : suspect.ref()));
            } else if (r.roundingOnly()) {
                findings.add(finding(recognition, r, Severity.INFO, null));
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.table() == null ? "" : f.table()));
        return new CheckResult(recognition, rules, List.copyOf(relations), List.copyOf(findings));
    }

    /**
     * The rule's relations; where it has alternatives, each relation that breaks is replaced by the same relation
     * of the first alternative that holds (alternatives are written with the same 各行/各栏, so they pair up).
     */
    private static List<Relation> expand(RelationExpander expander, Rule rule) {
        List<Relation> first = expander.expand(rule);
        if (rule.alternatives().isEmpty() || noneBroken(first)) {
            return first;
        }
        List<Relation> out = new ArrayList<>(first);
        for (var alternative : rule.alternatives()) {
            List<Relation> other = expander.expand(rule.withFormula(alternative));
            for (int i = 0; i < out.size() && i < other.size(); i++) {
                Relation mine = out.get(i);
                Relation theirs = other.get(i);
                // where none holds, the report shows the one that comes closest: it names the cell most likely wrong
                if (mine.broken() && (!theirs.broken() || theirs.difference().abs().compareTo(mine.difference().abs()) < 0)) {
                    out.set(i, theirs);
                }
            }
        }
        return out;
    }

    private static boolean noneBroken(List<Relation> relations) {
        for (int i = 0, n = relations.size(); i < n; i++) {
            if (relations.get(i).broken()) {
                return false;
            }
        }
        return true;
    }

    private static Finding fromProblem(Problem p) {
        List<String> cells = p.sheet() != null && p.cell() != null ? List.of(p.sheet() + "!" + p.cell()) : List.of();
        return new Finding(p.code(), p.severity(), p.table(), p.sheet(), p.cell(), cells, null, null, null, null, null, null, null,
            null, p.message(), "structure", null);
    }

    private static Finding finding(Recognition recognition, Relation r, Severity severity, String suspect) {
        Edition edition = recognition.edition();
        Operand anchor = r.anchor();
        AmountCell cell = anchor.cell();
        List<String> cells = r.cells().stream().map(AmountCell::ref).toList();
        // a single-row table (the 三公 table) has no row to name: its columns say it all
        String row = anchor.tableRow().kind() == org.suanpan.recognise.RowKind.SINGLE ? null : anchor.row();
        return new Finding(r.rule().code(), severity, anchor.table(), cell.sheet(), cell.address(), cells, row,
            r.rule().text(), r.expression(), Money.plain(r.leftValue()), Money.plain(r.rightValue()), Money.plain(r.difference()),
            r.tolerance(), suspect, message(edition, r, severity, anchor) + unitNote(recognition), "table", null);
    }

    /** Amounts in a unit other than 万元 say so, so that “相差 100.00” is not read as 100 万元. */
    private static String unitNote(Recognition recognition) {
        return recognition.unit() == null || recognition.unit().isDefault() ? "" : "（金额单位：" + recognition.unit().name() + "）";
    }

    private static String message(Edition edition, Relation r, Severity severity, Operand anchor) {
        boolean single = anchor.tableRow().kind() == org.suanpan.recognise.RowKind.SINGLE;
        String at = r.where().isEmpty() ? (single ? "" : anchor.row()) : r.where();
        String where = edition.tableName(anchor.table()) + (at.isEmpty() ? "" : " " + at);
        String desc = r.rule().description().isEmpty() ? r.rule().text() : r.rule().description();
        String l = Money.format(r.leftValue());
        String rt = Money.format(r.rightValue());
        String d = Money.format(r.difference());
        if (severity == Severity.INFO) {
            return where + "：左边 " + l + "，右边 " + rt + "，相差 " + d + "，在尾数容差 " + r.tolerance().stripTrailingZeros().toPlainString()
                + " 以内，属于金额单位转换的尾数差异，不是错误。";
        }
        Comparison c = r.rule().formula().comparison();
        if (c == Comparison.EQUAL) {
            return where + "：" + desc + "。左边 " + l + "，右边 " + rt + "，相差 " + d + "，超出尾数容差 " + r.tolerance().stripTrailingZeros().toPlainString() + "。";
        }
        String relation = c == Comparison.AT_MOST ? "大于" : "小于";
        return where + "：" + desc + "（" + l + " " + relation + " " + rt + "）。";
    }
}
