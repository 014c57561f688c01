package org.suanpan.narrative;

import org.suanpan.check.Finding;
import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.RowKind;
import org.suanpan.recognise.TableRow;
import org.suanpan.rules.Signed;
import org.suanpan.rules.Term;
import org.suanpan.text.Money;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every claim of a 情况说明: amounts against the tables (or, without a workbook, against what the text itself
 * says elsewhere), shares, changes on the previous year, completion rates and 其中 lists against their own figures.
 * Percentages are judged at their printed precision: one rounding step off is a warning, more an error; a share of
 * a zero base is never an error.
 */
public final class NarrativeChecker {
    static final String AMOUNT = "N01";
    static final String SHARE = "N02";
    static final String CHANGE = "N03";
    static final String COMPLETION = "N04";
    static final String PARTS = "N05";
    static final String DECIMALS = "N06";
    static final String INCONSISTENT = "N07";
    static final String PRIOR = "N08";
    private static final Pattern MARKER = Pattern.compile("\\((类|款|项)\\)");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Vocabulary vocabulary;

    public NarrativeChecker(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param current this year's tables, or null to check the text against itself
     * @param prior   last year's tables, or null
     */
    public Result check(List<Paragraph> paragraphs, Recognition current, Recognition prior) {
        Context ctx = new Context(current, prior);
        List<Finding> out = new ArrayList<>();
        int claims = 0;
        for (Outline.Placed placed : Outline.of(paragraphs, vocabulary)) {
            org.suanpan.Cancel.check();
            if (placed.heading()) {
                continue;
            }
            String section = placed.section() == null ? null : placed.section().key();
            for (Claim claim : ClaimFinder.find(placed.paragraph().index(), section, Normalized.of(placed.paragraph().text()))) {
                claims++;
                if (claim instanceof Claim.Amount a) {
                    amount(ctx, a, out);
                } else if (claim instanceof Claim.Share s) {
                    share(ctx, s, out);
                } else if (claim instanceof Claim.Change c) {
                    change(ctx, c, out);
                } else if (claim instanceof Claim.Completion c) {
                    completion(c, out);
                } else if (claim instanceof Claim.Parts p) {
                    parts(p, out);
                }
            }
        }
        if (current != null && prior != null) {
            priorYear(ctx, out);
        }
        return new Result(List.copyOf(out), claims);
    }

    /** The findings, and how many claims the text made. */
    public record Result(List<Finding> findings, int claims) {
    }

    /** The tables and what the text has stated so far, by figure. */
    private final class Context {
        final Recognition current;
        final Recognition prior;
        final Quantities now;
        final Quantities before;
        final Map<String, Figure> stated = new HashMap<>();
        final Map<String, Integer> statedIn = new HashMap<>();

        Context(Recognition current, Recognition prior) {
            this.current = current;
            this.prior = prior;
            this.now = current == null ? null : new Quantities(current);
            this.before = prior == null ? null : new Quantities(prior);
        }
    }

    // ── amounts

    private void amount(Context ctx, Claim.Amount a, List<Finding> out) {
        Figure f = a.figure();
        Meaning m = meaning(ctx, a.section(), f);
        String key = m != null ? m.key() : "text:" + f.label();
        if (f.kind() == Figure.Kind.AMOUNT && !f.label().isEmpty() || m != null) {
            Figure earlier = ctx.stated.putIfAbsent(key, f);
            // only figures the vocabulary names are the same figure when stated twice; “资金” can be anything
            if (earlier != null && m != null && ctx.current == null && !sameAmount(earlier.value(), f.value())) {
                out.add(finding(INCONSISTENT, Severity.ERROR, a, null, f.value(), earlier.value(),
                    "“" + a.quote() + "”与前文（第" + (ctx.statedIn.get(key) + 1) + "段）所说的 " + Money.format(earlier.value())
                        + " 万元不一致。同一个数前后应相同，请核对。"));
            }
            ctx.statedIn.putIfAbsent(key, a.paragraph());
        }
        if (m == null || m.current() == null) {
            return;
        }
        BigDecimal table = m.current().value();
        BigDecimal stated = f.value();
        if (sameAmount(stated, table)) {
            return;
        }
        if (f.decimals() < 2 && table.setScale(f.decimals(), RoundingMode.HALF_UP).compareTo(stated) == 0) {
            out.add(finding(DECIMALS, Severity.WARNING, a, m.current(), stated, table,
                "“" + a.quote() + "”：" + m.name() + "在表中为 " + Money.format(table) + " 万元，文中少写了小数位。请写作 "
                    + table.stripTrailingZeros().toPlainString() + " 万元。"));
            return;
        }
        out.add(finding(AMOUNT, Severity.ERROR, a, m.current(), stated, table,
            "“" + a.quote() + "”：" + m.name() + "在" + m.table() + "中为 " + Money.format(table) + " 万元，文中写作 "
                + stated.toPlainString() + " 万元。" + whose(ctx, m, stated) + "请核对。"));
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.005")) <= 0;
    }

    /** Where else in the table the stated amount appears: usually the row the text meant to name. */
    private static String whose(Context ctx, Meaning m, BigDecimal stated) {
        if (stated.signum() == 0 || m.current().cells().isEmpty() && m.table() == null) {
            return "";
        }
        RecognisedTable t = m.current().cells().isEmpty() ? null
            : ctx.current.table(tableOf(ctx.current, m.current().cells().get(0))).orElse(null);
        if (t == null && m.table() != null) {
            t = ctx.current.tables().values().stream().filter(x -> m.table().startsWith(x.id())).findFirst().orElse(null);
        }
        if (t == null) {
            return "";
        }
        for (TableRow r : t.rows()) {
            for (AmountCell c : r.cells().values()) {
                if (sameAmount(c.value(), stated) && !m.current().cells().contains(c)) {
                    return stated.toPlainString() + " 万元是表中“" + r.describe() + "”的金额。";
                }
            }
        }
        return "";
    }

    private static String tableOf(Recognition rec, AmountCell cell) {
        for (RecognisedTable t : rec.tables().values()) {
            if (t.sheet().equals(cell.sheet()) && t.rows().stream().anyMatch(r -> r.cells().containsValue(cell))) {
                return t.id();
            }
        }
        return "";
    }

    /** What an amount names: a 类/款/项 by name, a phrase of the vocabulary, or a 经济分类 item of 公开06. */
    private Meaning meaning(Context ctx, String section, Figure f) {
        String phrase = switch (f.kind()) {
            case AMOUNT -> f.label();
            case ACTUAL, BUDGET -> f.subject();
            default -> "";
        };
        if (phrase == null || phrase.isEmpty()) {
            return null;
        }
        boolean budget = f.kind() == Figure.Kind.BUDGET;
        Meaning byName = budget ? null : subject(ctx, section, phrase);
        if (byName != null) {
            return byName;
        }
        VocabularyEntry e = vocabulary.lookup(section == null ? Vocabulary.ALL : section, phrase);
        if (e != null && (!budget || e.budget() != null)) {
            List<Signed> ref = budget ? e.budget() : e.actual();
            return new Meaning(e.names().get(0) + (budget ? "预算数" : ""), e.key() + (budget ? ":预算" : ""),
                figure(ctx.now, ref), figure(ctx.before, ref), tableName(ref));
        }
        if (!budget && "基本支出".equals(section) && ctx.current != null) {
            RecognisedTable detail = ctx.current.table("公开06").orElse(null);
            if (detail != null) {
                String key = Text.label(phrase);
                for (TableRow r : detail.rows()) {
                    if (r.kind() == RowKind.CODE && r.key().equals(key) && !r.cells().isEmpty()) {
                        AmountCell c = r.cells().values().iterator().next();
                        return new Meaning(r.describe(), "公开06:" + r.code(), new Quantity(c.value(), List.of(c)), null, "公开06");
                    }
                }
            }
        }
        return null;
    }

    /** “卫生健康支出(类)”, “行政运行(项)”: a row of the section's 科目 table, found by its name. */
    private Meaning subject(Context ctx, String section, String phrase) {
        Matcher m = MARKER.matcher(phrase);
        int last = -1;
        String level = null;
        int prevEnd = 0;
        int nameStart = 0;
        while (m.find()) {
            nameStart = prevEnd;
            last = m.start();
            level = m.group(1);
            prevEnd = m.end();
        }
        if (level == null || section == null) {
            return null;
        }
        var def = vocabulary.section(section);
        if (def == null || def.subjectColumn() == null || def.subjectColumn().isEmpty()
            || !(def.subjectColumn().get(0).term() instanceof Term.CellTerm column) || column.column() == null) {
            return null;
        }
        String name = phrase.substring(nameStart, last);
        String suffix = phrase.substring(prevEnd);
        if (name.isEmpty()) {
            return null;
        }
        String display = name + "（" + level + "）";
        String key = "科目:" + column.table() + ":" + name;
        if (ctx.current == null) {
            return new Meaning(display, key, null, null, column.table());
        }
        RecognisedTable t = ctx.current.table(column.table()).orElse(null);
        if (t == null) {
            return null;
        }
        int lvl = level.equals("类") ? 1 : level.equals("款") ? 2 : 3;
        TableRow row = findRow(t, lvl, name, suffix);
        if (row == null && lvl == 1) {
            String code = classCode(ctx.current, name, suffix);
            if (code == null) {
                return null;
            }
            row = t.ofClass(code).orElse(null);
            if (row == null) {
                String label = ctx.current.edition().tableName(t.id());
                return new Meaning(display, key, new Quantity(BigDecimal.ZERO, List.of()), null, label);
            }
        }
        if (row == null) {
            return null;
        }
        AmountCell c = row.cell(column.column());
        Quantity q = c == null ? new Quantity(BigDecimal.ZERO, List.of()) : new Quantity(c.value(), List.of(c));
        return new Meaning(display, key, q, null, ctx.current.edition().tableName(t.id()) + "“" + row.describe() + "”");
    }

    private static TableRow findRow(RecognisedTable t, int level, String name, String suffix) {
        List<String> keys = List.of(Text.label(name), Text.label(name + suffix), stripSpending(Text.label(name)) + "支出");
        for (TableRow r : t.rows()) {
            if (r.level() == level && keys.contains(r.key())) {
                return r;
            }
        }
        return null;
    }

    private static String classCode(Recognition rec, String name, String suffix) {
        String key = stripSpending(Text.label(name + suffix));
        return rec.edition().classes().stream().filter(c -> stripSpending(Text.label(c.name())).equals(key)
            || stripSpending(Text.label(c.name())).equals(stripSpending(Text.label(name)))).map(c -> c.code()).findFirst().orElse(null);
    }

    private static String stripSpending(String s) {
        String out = s;
        while (out.endsWith("支出")) {
            out = out.substring(0, out.length() - 2);
        }
        return out;
    }

    private static Quantity figure(Quantities q, List<Signed> ref) {
        return q == null || ref == null ? null : q.of(ref).orElse(null);
    }

    private static String tableName(List<Signed> ref) {
        for (Signed s : ref) {
            if (s.term() instanceof Term.CellTerm c) {
                return c.table() + "表";
            }
        }
        return "表";
    }

    // ── shares, changes, completion, parts

    private void share(Context ctx, Claim.Share s, List<Finding> out) {
        String whole = s.whole().isEmpty() && s.section() != null && vocabulary.section(s.section()) != null
            ? vocabulary.section(s.section()).defaultWhole() : s.whole();
        if (whole == null || whole.isEmpty()) {
            return;
        }
        BigDecimal base = wholeValue(ctx, s.section(), whole);
        if (base == null || base.signum() == 0) {
            return;
        }
        judge(SHARE, s, s.part().value(), base, s.percent(), "占比", out,
            s.part().value().toPlainString() + " ÷ " + base.toPlainString());
    }

    private BigDecimal wholeValue(Context ctx, String section, String whole) {
        VocabularyEntry e = vocabulary.lookup(section == null ? Vocabulary.ALL : section, whole);
        if (e != null && ctx.now != null) {
            Quantity q = figure(ctx.now, e.actual());
            if (q != null) {
                return q.value();
            }
        }
        if (e != null && ctx.stated.containsKey(e.key())) {
            return ctx.stated.get(e.key()).value();
        }
        Figure raw = ctx.stated.get("text:" + whole);
        if (raw == null) {
            // “本部门 2023 年度政府采购支出总额 8.5 万元 … 占政府采购支出总额的 100%”: the latest amount whose words end so
            int latest = -1;
            for (Map.Entry<String, Figure> s : ctx.stated.entrySet()) {
                Integer in = ctx.statedIn.get(s.getKey());
                if (s.getKey().startsWith("text:") && s.getKey().endsWith(whole) && in != null && in > latest) {
                    raw = s.getValue();
                    latest = in;
                }
            }
        }
        return raw == null ? null : raw.value();
    }

    private void change(Context ctx, Claim.Change c, List<Finding> out) {
        Figure change = c.change();
        boolean up = change.kind() == Figure.Kind.INCREASE;
        if (c.percent() != null) {
            if (change.value().signum() == 0 && c.percent().value().signum() != 0) {
                out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), BigDecimal.ZERO,
                    "“" + c.quote() + "”：" + (up ? "增加" : "减少") + "额为 0，增减率应为 0%，文中却写 " + c.percent().value().toPlainString()
                        + "%。请核对上年数。"));
                return;
            }
            if (c.growthDirection() != null && c.growthDirection() != (up ? 1 : -1) && change.value().signum() != 0) {
                out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), null,
                    "“" + c.quote() + "”：" + (up ? "增加" : "减少") + "却写作" + (up ? "下降" : "增长") + "，方向不一致。"));
                return;
            }
            if (c.current() != null) {
                BigDecimal base = up ? c.current().value().subtract(change.value()) : c.current().value().add(change.value());
                if (base.signum() > 0) {
                    judge(CHANGE, c, change.value(), base, c.percent(), up ? "增长率" : "下降率", out,
                        change.value().toPlainString() + " ÷ " + base.toPlainString() + "（上年 " + base.toPlainString() + " 万元）");
                }
            }
        }
        if (ctx.before != null && ctx.now != null) {
            priorChange(ctx, c, out);
        }
    }

    /** With last year's tables: the change the text states against the change the two workbooks give. */
    private void priorChange(Context ctx, Claim.Change c, List<Finding> out) {
        Figure subjectFigure = c.change().subject().isEmpty() ? c.current() : c.change();
        if (subjectFigure == null) {
            return;
        }
        String phrase = subjectFigure == c.change() ? c.change().subject()
            : subjectFigure.kind() == Figure.Kind.AMOUNT ? subjectFigure.label() : subjectFigure.subject();
        Meaning m = meaning(ctx, c.section(), new Figure(subjectFigure.value(), 2, 0, 0, Figure.Kind.AMOUNT, phrase, ""));
        if (m == null || m.current() == null || m.prior() == null) {
            return;
        }
        BigDecimal expected = m.current().value().subtract(m.prior().value());
        boolean up = c.change().kind() == Figure.Kind.INCREASE;
        BigDecimal stated = up ? c.change().value() : c.change().value().negate();
        if (expected.subtract(stated).abs().compareTo(new BigDecimal("0.015")) > 0) {
            out.add(finding(PRIOR, Severity.ERROR, c, m.current(), stated, expected,
                "“" + c.quote() + "”：按上年决算表，" + m.name() + "上年为 " + Money.format(m.prior().value()) + " 万元、本年为 "
                    + Money.format(m.current().value()) + " 万元，应" + (expected.signum() >= 0 ? "增加 " : "减少 ")
                    + Money.format(expected.abs()) + " 万元。"));
        }
    }

    private void completion(Claim.Completion c, List<Finding> out) {
        if (c.budget().value().signum() == 0) {
            return;
        }
        judge(COMPLETION, c, c.actual().value(), c.budget().value(), c.percent(), "完成率", out,
            c.actual().value().toPlainString() + " ÷ " + c.budget().value().toPlainString());
    }

    private void parts(Claim.Parts p, List<Finding> out) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure f : p.parts()) {
            sum = sum.add(f.value());
        }
        BigDecimal tolerance = Percent.HALF_CENT.multiply(BigDecimal.valueOf(p.parts().size() + 1L));
        BigDecimal diff = sum.subtract(p.total().value());
        boolean wrong = p.exhaustive() ? diff.abs().compareTo(tolerance) > 0 : diff.compareTo(tolerance) > 0;
        if (wrong) {
            out.add(finding(PARTS, Severity.ERROR, p, null, p.total().value(), sum,
                "“" + p.quote() + "”：所列各项合计 " + Money.format(sum) + " 万元，" + (p.exhaustive() ? "与" : "超过了")
                    + "总数 " + Money.format(p.total().value()) + " 万元" + (p.exhaustive() ? "不等" : "") + "，相差 " + Money.format(diff.abs())
                    + " 万元。"));
        }
    }

    private void judge(String rule, Claim c, BigDecimal numerator, BigDecimal denominator, Figure percent, String what, List<Finding> out,
                       String how) {
        Percent.Verdict v = Percent.judge(percent.value(), percent.decimals(), numerator, denominator);
        if (v == Percent.Verdict.RIGHT) {
            return;
        }
        BigDecimal computed = Percent.rounded(numerator, denominator, Math.max(2, percent.decimals() + 2));
        BigDecimal printed = Percent.rounded(numerator, denominator, percent.decimals());
        String message = "“" + c.quote() + "”：" + what + "按 " + how + " 计算为 " + computed.toPlainString() + "%，应写作 "
            + printed.toPlainString() + "%，文中写作 " + percent.value().toPlainString() + "%"
            + (v == Percent.Verdict.ONE_STEP ? "（差一个尾数位）。" : "。");
        out.add(finding(rule, v == Percent.Verdict.ONE_STEP ? Severity.WARNING : Severity.ERROR, c, null, percent.value(), computed, message));
    }

    /** Reasonableness against last year: 三公 spending that rose. */
    private void priorYear(Context ctx, List<Finding> out) {
        VocabularyEntry sanGong = vocabulary.lookup("三公", "三公经费");
        if (sanGong == null) {
            return;
        }
        Quantity now = figure(ctx.now, sanGong.actual());
        Quantity before = figure(ctx.before, sanGong.actual());
        if (now != null && before != null && now.value().compareTo(before.value().add(CENT)) > 0) {
            AmountCell cell = now.cells().isEmpty() ? null : now.cells().get(0);
            out.add(new Finding("W09-05", Severity.WARNING, "公开09", cell == null ? null : cell.sheet(), cell == null ? null : cell.address(),
                now.cells().stream().map(AmountCell::ref).toList(), null, "公开09 7栏（本年） ≤ 公开09 7栏（上年）", null, now.value(),
                before.value(), now.value().subtract(before.value()), null, null,
                "“三公”经费决算数 " + Money.format(now.value()) + " 万元，较上年 " + Money.format(before.value()) + " 万元有所增加，请在情况说明中解释原因。",
                "table", null));
        }
    }

    private static Finding finding(String rule, Severity severity, Claim c, Quantity q, BigDecimal stated, BigDecimal computed,
                                   String message) {
        AmountCell cell = q == null || q.cells().size() != 1 ? null : q.cells().get(0);
        List<String> cells = q == null ? List.of() : q.cells().stream().map(AmountCell::ref).toList();
        BigDecimal diff = stated != null && computed != null ? stated.subtract(computed) : null;
        return new Finding(rule, severity, null, cell == null ? null : cell.sheet(), cell == null ? null : cell.address(), cells,
            "第" + (c.paragraph() + 1) + "段", c.quote(), null, stated, computed, diff, null, null, message, "narrative",
            new Finding.Narrative(c.paragraph(), c.quote(), stated, computed));
    }
}
