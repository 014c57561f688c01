package org.suanpan.report;

import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.check.Operand;
import org.suanpan.check.Relation;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.AmountCell;
import org.suanpan.rules.Comparison;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person does next, in a few sentences at the top of every report (page, text, 审核结果): which cell to correct
 * first and what it should hold (“3 处错误都指向 表3!D16，按明细应为 134.16”), which blank totals 自动填充 would fill,
 * which warnings still want a 说明, and what was not checked. Each item is one sentence with, where there is one, the
 * cell and the value expected; a report that wants another kind of advice adds its own items beside these.
 */
public record Summary(String conclusion, List<Item> items) {

    /** What an item asks for. */
    public enum Kind {
        /** correct a cell: {@code cell} and, when the relations determine it, {@code expected} */
        FIX("先改"),
        /** a blank total the relations determine: 自动填充 writes {@code expected} into {@code cell} */
        FILL("可自动填充"),
        /** warnings to verify or explain in the 说明 column */
        EXPLAIN("待说明"),
        /** what was not checked, and why */
        UNCHECKED("未核对");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One sentence of advice; {@code cell} and {@code expected} are null when it names none. */
    public record Item(Kind kind, String text, String cell, BigDecimal expected) {
    }

    /** The items of one kind, in order. */
    public List<Item> of(Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    public static Summary of(CheckResult result) {
        List<Item> items = new ArrayList<>();
        Map<String, Relation> broken = new LinkedHashMap<>();
        for (Relation r : result.relations()) {
            if (r.broken()) {
                broken.putIfAbsent(r.rule().code() + "|" + r.anchor().cell().ref(), r);
            }
        }
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        Set<Finding> explained = new LinkedHashSet<>();
        // one mistyped amount breaks every relation it is part of: name it once, with every error it explains
        Map<String, List<Finding>> bySuspect = new LinkedHashMap<>();
        errors.stream().filter(f -> f.suspect() != null).forEach(f -> bySuspect.computeIfAbsent(f.suspect(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Finding>> e : bySuspect.entrySet()) {
            // each broken equality gives the value the cell should hold, give or take its 尾数 tolerance: the one
            // with the narrowest tolerance decides, and it is stated flatly only if every other one accepts it
            BigDecimal expected = null;
            BigDecimal current = null;
            BigDecimal narrowest = null;
            boolean blank = false;
            List<Relation> relations = new ArrayList<>();
            for (Finding f : e.getValue()) {
                Relation r = broken.get(f.rule() + "|" + f.sheet() + "!" + f.cell());
                Solved s = r == null ? null : solve(r, e.getKey());
                if (s == null) {
                    continue;
                }
                relations.add(r);
                if (narrowest == null || r.tolerance().compareTo(narrowest) < 0) {
                    narrowest = r.tolerance();
                    expected = s.expected();
                    current = s.current();
                    blank = s.blank();
                }
            }
            boolean agreed = true;
            for (Relation r : relations) {
                Solved s = solve(r, e.getKey());
                agreed &= s.expected().subtract(expected).abs().compareTo(r.tolerance()) <= 0;
            }
            int n = e.getValue().size();
            if (blank && expected != null) {
                // a total left blank reads as 0 and breaks every relation above it: 自动填充 writes it
                items.add(new Item(Kind.FILL, e.getKey() + " 是空的（按 0 计），" + (n == 1 ? "这处错误" : n + " 处错误都") + "因它而起；按"
                    + basis(e.getValue()) + "应为 " + Money.format(expected) + "，可用“自动填充”填上。", e.getKey(), expected));
                explained.addAll(e.getValue());
                continue;
            }
            String text = (n == 1 ? "这处错误指向 " : n + " 处错误都指向 ") + e.getKey()
                + (expected == null ? "，请先核对它" : "，按" + basis(e.getValue()) + "应为" + (agreed ? " " : "约 ") + Money.format(expected)
                + "（现为 " + Money.format(current) + "）");
            items.add(new Item(Kind.FIX, text + "。", e.getKey(), expected));
            explained.addAll(e.getValue());
        }
        int narrativeItems = 0;
        for (Finding f : errors) {
            if (explained.contains(f)) {
                continue;
            }
            if (f.narrative() != null && narrativeItems < 3) {
                // a figure of the 情况说明: the checker's sentence says what the text should say, and why
                items.add(new Item(Kind.FIX, "情况说明" + (f.row() == null ? "" : f.row()) + "：" + f.message(), null, f.narrative().computed()));
                explained.add(f);
                narrativeItems++;
                continue;
            }
            if (f.sheet() == null || f.cell() == null) {
                continue;
            }
            String ref = f.sheet() + "!" + f.cell();
            Relation r = broken.get(f.rule() + "|" + ref);
            if (r == null) {
                if ("structure".equals(f.source())) {
                    items.add(new Item(Kind.FIX, ref + "：" + f.message(), ref, null));
                    explained.add(f);
                }
                continue;
            }
            AmountCell anchor = r.anchor().cell();
            Solved s = solve(r, ref);
            if (anchor.empty() && s != null) {
                items.add(new Item(Kind.FILL, ref + "（" + nz(f.row()) + "）是空的，按公式应为 " + Money.format(s.expected())
                    + "，可用“自动填充”填上。", ref, s.expected()));
                explained.add(f);
            } else if (s != null && items.stream().filter(i -> i.kind() == Kind.FIX).count() < 5) {
                items.add(new Item(Kind.FIX, ref + "（" + nz(f.row()) + "）按“" + f.formula() + "”应为 " + Money.format(s.expected())
                    + "（现为 " + Money.format(s.current()) + "）；若它无误，请核对公式另一边的单元格。", ref, s.expected()));
                explained.add(f);
            }
        }
        long rest = errors.size() - explained.size();
        if (rest > 0) {
            items.add(new Item(Kind.FIX, (explained.isEmpty() ? "" : "另有 ") + rest + " 处错误，见下面的明细。", null, null));
        }
        long warnings = result.count(Severity.WARNING) - countSource(result, "rule", Severity.WARNING);
        long warned = result.findings().stream().filter(f -> f.severity() == Severity.WARNING && !"rule".equals(f.source())
            && result.explanation(f) != null).count();
        if (warnings > 0) {
            items.add(new Item(Kind.EXPLAIN, warnings == warned ? warnings + " 处警告都已说明。"
                : result.recognition() == null ? warnings + " 处警告请核实，需要时改正情况说明。"
                : warnings + " 处警告请核实；确属正常的，在审核结果表的“说明”栏写明原因" + (warned > 0 ? "（已说明 " + warned + " 处）" : "") + "。",
                null, null));
        }
        for (Finding f : result.findings()) {
            if ("rule".equals(f.source())) {
                items.add(new Item(Kind.UNCHECKED, "审核公式 " + f.rule() + " 没有应用：" + f.message(), null, null));
            } else if ("structure".equals(f.source()) && f.rule().equals("S-01")) {
                items.add(new Item(Kind.UNCHECKED, f.message(), null, null));
            }
        }
        if (result.recognition() == null) {
            items.add(new Item(Kind.UNCHECKED, "没有提供公开表工作簿（决算或部门预算）：文中数字只核对了它们自身的计算，没有与表中数比对。", null, null));
        }
        if (result.recognition() != null && result.narrative() == null) {
            items.add(new Item(Kind.UNCHECKED, "没有提供情况说明，文字中的数字未核对。", null, null));
        }
        return new Summary(conclusion(result), List.copyOf(items));
    }

    private static String conclusion(CheckResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        if (errors > 0) {
            return "不通过：错误 " + errors + " 处，请改正后重新审核。";
        }
        return warnings > 0 ? "通过（有 " + warnings + " 处警告" + (result.explained(Severity.WARNING) == warnings ? "，都已说明" : "") + "）。" : "通过。";
    }

    private static String basis(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.formula() != null && f.formula().contains("其下")) ? "明细" : "审核公式";
    }

    private record Solved(BigDecimal expected, BigDecimal current, boolean blank) {
    }

    /**
     * The value {@code ref} must hold for an equality to balance, the other cells staying as they are; null when the
     * relation is not an equality or does not read the cell exactly once.
     */
    static Solved solve(Relation r, String ref) {
        if (r.rule().formula().comparison() != Comparison.EQUAL) {
            return null;
        }
        Operand hit = null;
        boolean onLeft = false;
        for (Operand o : r.left()) {
            if (o.cell().ref().equals(ref)) {
                if (hit != null) {
                    return null;
                }
                hit = o;
                onLeft = true;
            }
        }
        for (Operand o : r.right()) {
            if (o.cell().ref().equals(ref)) {
                if (hit != null) {
                    return null;
                }
                hit = o;
            }
        }
        if (hit == null) {
            return null;
        }
        BigDecimal d = r.leftValue().subtract(r.rightValue());
        // left − right = d: move the cell's own term by −d (left side) or +d (right side), undoing its sign
        BigDecimal termChange = onLeft ? d.negate() : d;
        BigDecimal current = hit.cell().value();
        BigDecimal expected = hit.sign() < 0 ? current.subtract(termChange) : current.add(termChange);
        return new Solved(Money.plain(expected), Money.plain(current), hit.cell().empty());
    }

    private static long countSource(CheckResult result, String source, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity && source.equals(f.source())).count();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
