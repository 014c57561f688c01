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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every claim of a 情况说明: amounts against the tables (or, without a workbook, against what the text itself
 * says elsewhere), shares, changes, completion rates and 其中 lists against their own figures. Every figure stands for
 * the interval its printed digits allow (DOMAIN.md): consistent at its printed precision is never an error, one
 * rounding step off is a warning, more an error. Where the text does not say for sure what a figure is (two table
 * lines fit, no whole is named), nothing is judged and the figure is listed as not verified, with the reason.
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
    static final String ITEM_CHANGES = "N09";
    private static final Pattern MARKER = Pattern.compile("\\((类|款|项)\\)");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    /** A change worked from two table figures may differ from the printed one by its rounding and theirs. */
    private static final BigDecimal PRIOR_TOLERANCE = new BigDecimal("0.015");
    private static final Pattern SUBJECT_NOISE = Pattern.compile("[“”\"'‘’]|^(?:本部门|本单位|本院|本局|我局|我单位|我院|本镇|本中心|本机关)|\\d{4}年度?");
    /** “较上年 2.08 减少 0.03 万元”: a money-like number (two decimals) printed without its unit. */
    private static final Pattern NO_UNIT = Pattern.compile("(?<![\\d.])\\d+\\.\\d{2}(?![\\d.%万元亿倍个人辆平亩次批件台套天户所项])");
    private static final Pattern SUBJECT_TAIL = Pattern.compile("(?:支出)?(?:决算数|决算|执行数)?(?:支出)?$");

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
        ClaimFinder.Narrow narrow = ClaimFinder.Narrow.of(vocabulary);
        for (Outline.Placed placed : Outline.of(paragraphs, vocabulary)) {
            org.suanpan.Cancel.check();
            if (placed.heading()) {
                continue;
            }
            String section = placed.section() == null ? null : placed.section().key();
            Normalized n = Normalized.of(placed.paragraph().text());
            int p = placed.paragraph().index();
            for (Figure f : ClaimFinder.figures(n.text, narrow)) {
                ctx.found.putIfAbsent(id(p, f), new Coverage.Unverified(p, ClaimFinder.clause(n, f),
                    f.kind() == Figure.Kind.PERCENT ? "看不出是占比、增减率还是完成率"
                        : current == null ? "文中没有与它对照的数（同时上传工作簿可与表核对）" : "文中和表中都没有与它对照的数"));
            }
            Matcher bare = NO_UNIT.matcher(n.text);
            while (bare.find()) {
                ctx.found.putIfAbsent(p + ":" + bare.start(), new Coverage.Unverified(p, n.quote(Math.max(0, bare.start() - 8), bare.end() + 4),
                    "没有写单位（万元还是元），无从核对"));
            }
            for (Claim claim : ClaimFinder.find(p, section, n, narrow)) {
                claims++;
                if (claim instanceof Claim.Amount a) {
                    amount(ctx, a, out);
                } else if (claim instanceof Claim.Share s) {
                    share(ctx, s, out);
                } else if (claim instanceof Claim.Change c) {
                    change(ctx, c, out);
                } else if (claim instanceof Claim.Completion c) {
                    completion(ctx, c, out);
                } else if (claim instanceof Claim.Parts parts) {
                    parts(ctx, parts, out);
                }
            }
        }
        if (current != null && prior != null) {
            priorYear(ctx, out);
        }
        for (ItemChanges.Mismatch m : ctx.itemChanges.mismatches()) {
            out.add(finding(ITEM_CHANGES, m.severity(), m.total(), null, m.stated(), m.sum(),
                "“" + m.total().quote() + "”：下面所列 " + m.items() + " 个科目比上年预算的增减合计" + (m.sum().signum() >= 0 ? "增加 " : "减少 ")
                    + Money.format(m.sum().abs()) + " 万元，与这里的" + (m.stated().signum() >= 0 ? "增加 " : "减少 ")
                    + Money.format(m.stated().abs()) + " 万元不等" + (m.severity() == Severity.WARNING ? "（差一个尾数位）" : "")
                    + "。请核对上年预算数和增减额。"));
        }
        List<Coverage.Unverified> unverified = new ArrayList<>();
        for (Map.Entry<String, Coverage.Unverified> e : ctx.found.entrySet()) {
            if (!ctx.verified.contains(e.getKey())) {
                unverified.add(ctx.reasons.getOrDefault(e.getKey(), e.getValue()));
            }
        }
        Coverage coverage = new Coverage(ctx.found.size(), (int) ctx.found.keySet().stream().filter(ctx.verified::contains).count(),
            List.copyOf(unverified));
        return new Result(List.copyOf(out), claims, coverage);
    }

    /** The findings, how many claims the text made, and which figures were verified. */
    public record Result(List<Finding> findings, int claims, Coverage coverage) {
    }

    /** The tables and what the text has stated so far, by figure. */
    private final class Context {
        final Recognition current;
        final Recognition prior;
        final Quantities now;
        final Quantities before;
        final Map<String, Figure> stated = new HashMap<>();
        final Map<String, Integer> statedIn = new HashMap<>();
        /** The latest amount stated for a subject (“一般公共预算财政拨款三公经费”), for a change a paragraph later. */
        final Map<String, Figure> bySubject = new HashMap<>();
        final Map<String, Coverage.Unverified> found = new LinkedHashMap<>();
        final Map<String, Coverage.Unverified> reasons = new HashMap<>();
        final Set<String> verified = new HashSet<>();
        final Map<Figure, Integer> paragraphOf = new java.util.IdentityHashMap<>();
        /** A 部门预算's changes by section, for the items' changes against their total's. */
        final ItemChanges itemChanges = new ItemChanges();
        /** Why the last {@link #meaning} found nothing, when it knows. */
        String why;
        /** Whether the last {@link #meaning} found a name the tables do not have (a 部门预算's 科目 misnamed). */
        boolean unmatched;
        /** Figures whose names the tables lack: not verified, whatever rate or list they also stand in. */
        final Set<String> misnamed = new HashSet<>();

        Context(Recognition current, Recognition prior) {
            this.current = current;
            this.prior = prior;
            this.now = current == null ? null : new Quantities(current);
            this.before = prior == null ? null : new Quantities(prior);
        }

        void verified(Claim c, Figure... figures) {
            for (Figure f : figures) {
                if (f != null && !misnamed.contains(id(paragraphOf.getOrDefault(f, c.paragraph()), f))) {
                    verified.add(id(paragraphOf.getOrDefault(f, c.paragraph()), f));
                }
            }
        }

        void unverified(Claim c, Figure f, String reason) {
            reasons.putIfAbsent(id(c.paragraph(), f), new Coverage.Unverified(c.paragraph(), c.quote(), reason));
        }
    }

    private static String id(int paragraph, Figure f) {
        return paragraph + ":" + f.start();
    }

    // ── amounts

    private void amount(Context ctx, Claim.Amount a, List<Finding> out) {
        Figure f = a.figure();
        ctx.paragraphOf.put(f, a.paragraph());
        ctx.why = null;
        ctx.unmatched = false;
        Meaning m = meaning(ctx, a.section(), f);
        if (ctx.unmatched) {
            ctx.misnamed.add(id(a.paragraph(), f));
        }
        String subject = subjectKey(f.kind() == Figure.Kind.AMOUNT ? f.label() : f.subject());
        if (!subject.isEmpty() && f.kind() != Figure.Kind.BUDGET) {
            ctx.bySubject.put(subject, f);
        }
        String key = m != null ? m.key() : "text:" + f.label();
        if (f.kind() == Figure.Kind.AMOUNT && !f.label().isEmpty() || m != null) {
            Figure earlier = ctx.stated.putIfAbsent(key, f);
            // only figures the vocabulary names are the same figure when stated twice; “资金” can be anything
            if (earlier != null && m != null && ctx.current == null) {
                Severity s = compare(f, earlier.value(), earlier.printedHalf(), earlier.step());
                if (s == null) {
                    ctx.verified(a, f, earlier);
                } else {
                    ctx.verified(a, f, earlier);
                    out.add(finding(INCONSISTENT, s, a, null, f.value(), earlier.value(),
                        "“" + a.quote() + "”与前文（第" + (ctx.statedIn.get(key) + 1) + "段）所说的 " + Money.format(earlier.value())
                            + " 万元不一致" + (s == Severity.WARNING ? "（差一个尾数位）" : "") + "。同一个数前后应相同，请核对。"));
                }
            }
            ctx.statedIn.putIfAbsent(key, a.paragraph());
        }
        if (m == null || m.current() == null) {
            if (ctx.why != null) {
                ctx.unverified(a, f, ctx.why);
            } else if (ctx.current != null && !f.label().isEmpty()) {
                ctx.unverified(a, f, "看不出它是表中哪一行的数");
            }
            return;
        }
        ctx.verified(a, f);
        BigDecimal table = m.current().value();
        BigDecimal stated = f.value();
        Severity s = compare(f, table, Percent.HALF_CENT, CENT);
        if (s == null) {
            if (f.decimals() < 2 && stated.compareTo(table) != 0) {
                out.add(finding(DECIMALS, Severity.WARNING, a, m.current(), stated, table,
                    "“" + a.quote() + "”：" + m.name() + "在表中为 " + Money.format(table) + " 万元，文中少写了小数位。请写作 "
                        + table.stripTrailingZeros().toPlainString() + " 万元。"));
            }
            return;
        }
        out.add(finding(AMOUNT, s, a, m.current(), stated, table,
            "“" + a.quote() + "”：" + m.name() + "在" + m.table() + "中为 " + Money.format(table) + " 万元，文中写作 "
                + stated.stripTrailingZeros().toPlainString() + " 万元" + (s == Severity.WARNING ? "，差一个尾数位" : "") + "。"
                + whose(ctx, m, stated) + "请核对。"));
    }

    /**
     * The same figure printed twice (in the text and in a table, or twice in the text): consistent when the coarser
     * print is a rounding of the finer (the boundary included: 6977.7 for 6977.75), a warning when it is one step of
     * the coarser precision beyond, else an error. Two prints at the same precision must be equal.
     */
    private static Severity compare(Figure f, BigDecimal other, BigDecimal otherHalf, BigDecimal otherStep) {
        BigDecimal tolerance = f.printedHalf().max(otherHalf);
        BigDecimal gap = f.value().subtract(other).abs().subtract(tolerance);
        if (gap.signum() <= 0) {
            return null;
        }
        return gap.compareTo(f.step().max(otherStep)) <= 0 ? Severity.WARNING : Severity.ERROR;
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
                if (c.value().subtract(stated).abs().compareTo(Percent.HALF_CENT) <= 0 && !m.current().cells().contains(c)) {
                    return stated.stripTrailingZeros().toPlainString() + " 万元是表中“" + r.describe() + "”的金额。";
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

    /** What an amount names: a 类/款/项 by its path, a phrase of the vocabulary, or a 经济分类 item of 公开06. */
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
        if (MARKER.matcher(phrase).find()) {
            return budget ? null : subject(ctx, section, phrase);
        }
        VocabularyEntry e = vocabulary.lookup(section == null ? Vocabulary.ALL : section, phrase);
        if (e != null && (!budget || e.budget() != null)) {
            List<Signed> ref = budget ? e.budget() : e.actual();
            // in a 部门预算 the entry's second figure is last year's budget, read from the 整体支出绩效目标表
            Quantity prior = vocabulary.budget() ? LastYearBudget.of(ctx.current, ctx.now, e.budget()) : figure(ctx.before, ref);
            return new Meaning(e.names().get(0) + (budget ? "预算数" : ""), e.key() + (budget ? ":预算" : ""),
                figure(ctx.now, ref), prior, tableName(ref));
        }
        if (vocabulary.budget() && ctx.current != null && classCode(ctx.current, phrase, "") != null) {
            // “支出包括：社会保障和就业支出 511.63 万元”: a 类 named without its “（类）”
            return subject(ctx, section, phrase + "(类)");
        }
        if (!budget && "基本支出".equals(section) && ctx.current != null) {
            RecognisedTable detail = ctx.current.table(detailTable(section)).orElse(null);
            if (detail != null) {
                String key = Text.label(phrase);
                for (TableRow r : detail.rows()) {
                    if (r.kind() == RowKind.CODE && r.key().equals(key) && !r.cells().isEmpty()) {
                        AmountCell c = r.cells().values().iterator().next();
                        return new Meaning(r.describe(), detail.id() + ":" + r.code(), new Quantity(c.value(), List.of(c)), null, detail.id());
                    }
                }
            }
        }
        return null;
    }

    /** The 经济分类 table whose items the 基本支出 section names: its 科目 table when sections.txt gives one, else 公开06. */
    private String detailTable(String section) {
        SectionDef def = vocabulary.section(section);
        return def != null && def.subjectColumn() != null && !def.subjectColumn().isEmpty()
            && def.subjectColumn().get(0).term() instanceof Term.CellTerm c ? c.table() : "公开06";
    }

    /** One step of a 科目 path: “医疗保障管理事务” at level 2 (款). */
    private record Step(String name, int level) {
    }

    /**
     * “卫生健康支出(类)医疗保障管理事务(款)行政运行(项)”: the row of the section's 科目 table the whole path names. A 项
     * name alone is ambiguous when several 款 have it (一般行政管理事务): then the path decides, and where it does not,
     * nothing is judged.
     */
    private Meaning subject(Context ctx, String section, String phrase) {
        Matcher m = MARKER.matcher(phrase);
        List<Step> path = new ArrayList<>();
        int prevEnd = 0;
        while (m.find()) {
            String name = phrase.substring(prevEnd, m.start());
            path.add(new Step(name, m.group(1).equals("类") ? 1 : m.group(1).equals("款") ? 2 : 3));
            prevEnd = m.end();
        }
        String suffix = phrase.substring(prevEnd);
        if (path.isEmpty() || section == null) {
            return null;
        }
        var def = vocabulary.section(section);
        if (def == null || def.subjectColumn() == null || def.subjectColumn().isEmpty()
            || !(def.subjectColumn().get(0).term() instanceof Term.CellTerm column) || column.column() == null) {
            return null;
        }
        Step last = path.get(path.size() - 1);
        if (last.name().isEmpty()) {
            return null;
        }
        String level = last.level() == 1 ? "类" : last.level() == 2 ? "款" : "项";
        String display = last.name() + "（" + level + "）";
        StringBuilder key = new StringBuilder("科目:" + column.table() + ":");
        path.forEach(s -> key.append(Text.label(s.name())).append('/').append(s.level()).append(';'));
        if (ctx.current == null) {
            return new Meaning(display, key.toString(), null, null, column.table());
        }
        RecognisedTable t = ctx.current.table(column.table()).orElse(null);
        if (t == null) {
            return null;
        }
        List<TableRow> candidates = new ArrayList<>();
        for (TableRow r : t.rows()) {
            if (r.level() == last.level() && keys(last.name(), suffix).contains(r.key())) {
                candidates.add(r);
            }
        }
        if (candidates.size() > 1 || candidates.size() == 1 && path.size() > 1) {
            List<TableRow> onPath = candidates.stream().filter(r -> onPath(t, r, path)).toList();
            if (onPath.size() != 1) {
                ctx.why = onPath.isEmpty() && candidates.size() == 1 ? "文中写的类款项路径与表中这一行的上级不同"
                    : "表中有 " + candidates.size() + " 行叫“" + last.name() + "”，文中的路径分不出是哪一行";
                return null;
            }
            candidates = onPath;
        }
        TableRow row = candidates.isEmpty() ? null : candidates.get(0);
        if (row == null && last.level() == 1) {
            String code = classCode(ctx.current, last.name(), suffix);
            if (code == null) {
                return null;
            }
            row = t.ofClass(code).orElse(null);
            if (row == null) {
                String label = ctx.current.edition().tableName(t.id());
                return new Meaning(display, key.toString(), new Quantity(BigDecimal.ZERO, List.of()), null, label);
            }
        }
        if (row == null) {
            if (vocabulary.budget()) {
                // “医疗保障经办业务（项）” where the table says 医疗保障经办事务: a name to correct, not an amount to judge
                ctx.why = ctx.current.edition().tableName(t.id()) + "中没有名为“" + last.name() + "”的" + level + "，请核对科目名称";
                ctx.unmatched = true;
            }
            return null;
        }
        AmountCell c = row.cell(column.column());
        Quantity q = c == null ? new Quantity(BigDecimal.ZERO, List.of()) : new Quantity(c.value(), List.of(c));
        return new Meaning(display, key.toString(), q, null, ctx.current.edition().tableName(t.id()) + "“" + row.describe() + "”");
    }

    /** Whether every step of the path above the row's own names the row's 类 or 款 (by the code prefix). */
    private static boolean onPath(RecognisedTable t, TableRow row, List<Step> path) {
        if (row.code() == null) {
            return false;
        }
        for (Step s : path.subList(0, path.size() - 1)) {
            int digits = s.level() == 1 ? 3 : 5;
            if (s.level() >= row.level() || row.code().length() < digits) {
                return false;
            }
            TableRow up = t.code(row.code().substring(0, digits)).orElse(null);
            if (up == null || !keys(s.name(), "").contains(up.key())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> keys(String name, String suffix) {
        return List.of(Text.label(name), Text.label(name + suffix), stripSpending(Text.label(name)) + "支出", stripSpending(Text.label(name)));
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

    /** The words that say whose figure it is, without quotes, years, “本部门” and 决算数: for a change a paragraph later. */
    static String subjectKey(String words) {
        if (words == null) {
            return "";
        }
        String s = SUBJECT_NOISE.matcher(Text.norm(words)).replaceAll("");
        s = SUBJECT_NOISE.matcher(s).replaceAll("");
        // 收入总计 and 支出总计 are equal by construction: a change of “收支” or “收、支总计” is on either
        s = s.replaceAll("收入总计|支出总计|收、支总计|收、支$|收支$", "收支总计");
        return SUBJECT_TAIL.matcher(s).replaceFirst("");
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

    /** A whole: its value and half-width, and the figure of the text it comes from (null when from the tables). */
    private record Whole(BigDecimal value, BigDecimal half, Figure figure) {
    }

    private void share(Context ctx, Claim.Share s, List<Finding> out) {
        Whole base;
        if (s.listTotal() != null && (s.whole().isEmpty() || endsWithWhole(s.listTotal(), s.whole()))) {
            // “基本支出 452.90 万元，其中：人员经费 402.17 万元，占基本支出的 88.8%”: the sentence names its own whole
            base = new Whole(s.listTotal().value(), s.listTotal().half(), s.listTotal());
        } else {
            boolean byDefault = s.whole().isEmpty();
            String whole = byDefault && s.section() != null && vocabulary.section(s.section()) != null
                ? vocabulary.section(s.section()).defaultWhole() : s.whole();
            if (whole == null || whole.isEmpty() || byDefault && !partOfDefault(s)) {
                ctx.unverified(s, s.percent(), "没有写明是占什么的比例");
                return;
            }
            base = wholeValue(ctx, s.section(), whole);
            if (base == null) {
                ctx.unverified(s, s.percent(), "文中没有写出“" + whole + "”的金额" + (ctx.current == null ? "（没有工作簿可查）" : ""));
                return;
            }
        }
        if (base.value().signum() == 0) {
            ctx.unverified(s, s.percent(), "分母为 0");
            return;
        }
        ctx.verified(s, s.percent(), s.part(), base.figure());
        judge(SHARE, s, s.part().value(), s.part().half(), base.value(), base.half(), s.percent(), "占比", out,
            s.part().value().stripTrailingZeros().toPlainString() + " ÷ " + base.value().stripTrailingZeros().toPlainString());
    }

    /**
     * A share that names no whole is of the section's whole; where that whole is a figure of the section's own
     * vocabulary (“三公”经费 in 三公), only for parts that are such figures too: “会议费 2.10 万元，占 …%” in a 三公
     * statement with 会议费 and 培训费 is a share of something the text does not say.
     */
    private boolean partOfDefault(Claim.Share s) {
        String section = s.section();
        VocabularyEntry whole = vocabulary.lookup(section, vocabulary.section(section).defaultWhole());
        if (whole == null || !whole.section().equals(section)) {
            return true;
        }
        Figure part = s.part();
        VocabularyEntry e = vocabulary.lookup(section, part.kind() == Figure.Kind.AMOUNT ? part.label() : part.subject());
        return e != null && e.section().equals(section);
    }

    private static boolean endsWithWhole(Figure total, String whole) {
        String words = Text.norm(total.kind() == Figure.Kind.AMOUNT ? total.label() : total.subject());
        return !whole.isEmpty() && (words.endsWith(whole) || words.endsWith(whole + "支出"));
    }

    private Whole wholeValue(Context ctx, String section, String whole) {
        VocabularyEntry e = vocabulary.lookup(section == null ? Vocabulary.ALL : section, whole);
        if (e != null && ctx.now != null) {
            Quantity q = figure(ctx.now, e.actual());
            if (q != null) {
                return new Whole(q.value(), Percent.HALF_CENT, null);
            }
        }
        if (e != null && ctx.stated.containsKey(e.key())) {
            Figure f = ctx.stated.get(e.key());
            return new Whole(f.value(), f.half(), f);
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
        return raw == null ? null : new Whole(raw.value(), raw.half(), raw);
    }

    private void change(Context ctx, Claim.Change c, List<Finding> out) {
        if (c.change() == null) {
            difference(ctx, c, out);
            return;
        }
        Figure change = c.change();
        boolean up = change.kind() == Figure.Kind.INCREASE;
        Figure current = currentOf(ctx, c);
        if (vocabulary.budget() && c.base() == null && !c.budgetBase() && current != null && current.kind() == Figure.Kind.AMOUNT
            && ctx.now != null) {
            Meaning m = meaning(ctx, c.section(), current);
            if (m != null && m.current() != null && m.prior() != null && m.prior().value().signum() > 0) {
                lastYearBudget(ctx, c, current, m, out);
                ctx.itemChanges.add(c, current, true);
                return;
            }
        }
        if (vocabulary.budget()) {
            ctx.itemChanges.add(c, current, false);
        }
        if (c.base() != null && current != null) {
            // “318.60 万元，比上年 280.50 万元增加 38.10 万元”: the three amounts agree
            BigDecimal expected = current.value().subtract(c.base().value());
            BigDecimal stated = up ? change.value() : change.value().negate();
            BigDecimal gap = expected.subtract(stated).abs().subtract(current.half()).subtract(c.base().half()).subtract(change.half());
            ctx.verified(c, change, c.base(), current);
            if (gap.signum() > 0) {
                Severity s = gap.compareTo(change.step()) <= 0 ? Severity.WARNING : Severity.ERROR;
                out.add(finding(CHANGE, s, c, null, stated, expected,
                    "“" + c.quote() + "”：本年 " + Money.format(current.value()) + " 万元比上年 " + Money.format(c.base().value()) + " 万元"
                        + (expected.signum() >= 0 ? "增加 " : "减少 ") + Money.format(expected.abs()) + " 万元，文中写作"
                        + (up ? "增加 " : "减少 ") + Money.format(change.value()) + " 万元" + (s == Severity.WARNING ? "（差一个尾数位）" : "") + "。"));
            }
        }
        if (c.percent() != null) {
            if (change.value().signum() == 0 && c.percent().value().signum() != 0) {
                ctx.verified(c, c.percent(), change);
                out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), BigDecimal.ZERO,
                    "“" + c.quote() + "”：" + (up ? "增加" : "减少") + "额为 0，增减率应为 0%，文中却写 " + c.percent().value().toPlainString()
                        + "%。请核对上年数。"));
                return;
            }
            if (c.growthDirection() != null && c.growthDirection() != (up ? 1 : -1) && change.value().signum() != 0) {
                ctx.verified(c, c.percent(), change);
                out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), null,
                    "“" + c.quote() + "”：" + (up ? "增加" : "减少") + "却写作" + (up ? "下降" : "增长") + "，方向不一致。"));
                return;
            }
            String what = c.budgetBase() ? "年初预算" : vocabulary.budget() ? "上年预算" : "上年";
            BigDecimal base;
            Percent.Verdict v;
            Figure from;
            if (c.base() != null) {
                from = c.base();
                base = from.value();
                v = base.signum() <= 0 ? null : Percent.judge(c.percent().value(), c.percent().decimals(), change.value(), change.half(), base,
                    from.half());
            } else if (current != null) {
                from = current;
                base = up ? current.value().subtract(change.value()) : current.value().add(change.value());
                v = base.signum() <= 0 ? null : Percent.judgeChange(c.percent().value(), c.percent().decimals(), change.value(), change.half(),
                    current.value(), current.half(), up);
            } else {
                ctx.unverified(c, c.percent(), "文中没有写出本年数或上年数，算不出增减率");
                return;
            }
            if (v == null) {
                ctx.unverified(c, c.percent(), what + "数为 0，增减率无从算起");
                return;
            }
            ctx.verified(c, c.percent(), change, from);
            report(CHANGE, c, v, change.value(), base, c.percent(), (up ? "增长率" : "下降率") + "（与" + what + "相比）", out,
                change.value().stripTrailingZeros().toPlainString() + " ÷ " + base.stripTrailingZeros().toPlainString()
                    + "（" + what + " " + base.stripTrailingZeros().toPlainString() + " 万元）");
        }
        if (ctx.before != null && ctx.now != null && !c.budgetBase()) {
            priorChange(ctx, c, out);
        } else if (c.percent() == null && c.base() == null) {
            ctx.unverified(c, change, vocabulary.budget() ? "表中没有它的上年预算数，增减额无从核对"
                : "没有上年的决算表，增减额无从核对（同时给出上年工作簿即可核对）");
        }
    }

    /**
     * A 部门预算's change on last year's budget where the workbook prints that budget (预算11 近两年收支情况): the change
     * must be this year's table figure less last year's, and the rate that change over last year's — not over this
     * year's figure plus the stated change, which only says the text agrees with itself.
     */
    private void lastYearBudget(Context ctx, Claim.Change c, Figure current, Meaning m, List<Finding> out) {
        Figure change = c.change();
        boolean up = change.kind() == Figure.Kind.INCREASE;
        BigDecimal now = m.current().value();
        BigDecimal before = m.prior().value();
        BigDecimal expected = now.subtract(before);
        BigDecimal stated = up ? change.value() : change.value().negate();
        String where = m.prior().cells().get(0).sheet();
        ctx.verified(c, change, current);
        if (expected.subtract(stated).abs().compareTo(PRIOR_TOLERANCE) > 0) {
            out.add(finding(PRIOR, Severity.ERROR, c, m.prior(), stated, expected,
                "“" + c.quote() + "”：按“" + where + "”，" + m.name() + "上年预算为 " + Money.format(before) + " 万元、本年为 "
                    + Money.format(now) + " 万元，应" + (expected.signum() >= 0 ? "增加 " : "减少 ") + Money.format(expected.abs())
                    + " 万元，文中写作" + (up ? "增加 " : "减少 ") + Money.format(change.value()) + " 万元。请核对上年预算数。"));
        }
        if (c.percent() == null) {
            return;
        }
        ctx.verified(c, c.percent());
        if (c.growthDirection() != null && expected.signum() != 0 && c.growthDirection() != expected.signum()) {
            out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), null,
                "“" + c.quote() + "”：比上年预算" + (expected.signum() > 0 ? "增加" : "减少") + "，文中却写作"
                    + (c.growthDirection() > 0 ? "增长" : "下降") + "，方向不一致。"));
            return;
        }
        Percent.Verdict v = Percent.judge(c.percent().value(), c.percent().decimals(), expected.abs(), Percent.HALF_CENT, before,
            Percent.HALF_CENT);
        report(CHANGE, c, v, expected.abs(), before, c.percent(), (expected.signum() >= 0 ? "增长率" : "下降率") + "（与上年预算相比）", out,
            expected.abs().stripTrailingZeros().toPlainString() + " ÷ " + before.stripTrailingZeros().toPlainString()
                + "（上年预算 " + before.stripTrailingZeros().toPlainString() + " 万元）");
    }

    /** “500.00 万元，上年 450.00 万元，增长 11.1%”: the rate of the difference of two printed amounts. */
    private void difference(Context ctx, Claim.Change c, List<Finding> out) {
        Figure now = c.current();
        Figure base = c.base();
        BigDecimal baseLo = base.value().subtract(base.half());
        if (baseLo.signum() <= 0) {
            ctx.unverified(c, c.percent(), "上年数为 0，增减率无从算起");
            return;
        }
        BigDecimal diff = now.value().subtract(base.value());
        int direction = c.growthDirection();
        if (diff.abs().compareTo(now.half().add(base.half())) > 0 && diff.signum() != direction) {
            ctx.verified(c, c.percent(), now, base);
            out.add(finding(CHANGE, Severity.ERROR, c, null, c.percent().value(), null,
                "“" + c.quote() + "”：本年 " + Money.format(now.value()) + " 万元比上年 " + Money.format(base.value()) + " 万元"
                    + (diff.signum() > 0 ? "增加" : "减少") + "，文中却写作" + (direction > 0 ? "增长" : "下降") + "，方向不一致。"));
            return;
        }
        // |now − base| / base with each amount anywhere in its interval (bounds taken apart: a little wider, never narrower)
        BigDecimal dLo = now.value().subtract(now.half()).subtract(base.value().add(base.half()));
        BigDecimal dHi = now.value().add(now.half()).subtract(base.value().subtract(base.half()));
        BigDecimal loDiff = dLo.signum() * dHi.signum() <= 0 ? BigDecimal.ZERO : dLo.abs().min(dHi.abs());
        BigDecimal hiDiff = dLo.abs().max(dHi.abs());
        BigDecimal lo = Percent.of(loDiff, base.value().add(base.half()));
        BigDecimal hi = Percent.of(hiDiff, baseLo);
        ctx.verified(c, c.percent(), now, base);
        report(CHANGE, c, Percent.judgeRange(c.percent().value(), c.percent().decimals(), lo, hi), diff.abs(), base.value(), c.percent(),
            (direction > 0 ? "增长率" : "下降率") + "（与上年相比）", out, diff.abs().stripTrailingZeros().toPlainString() + " ÷ "
                + base.value().stripTrailingZeros().toPlainString() + "（上年 " + base.value().stripTrailingZeros().toPlainString() + " 万元）");
    }

    /**
     * The figure a change is on: the amount before it in its paragraph, unless that one is of another subject in an
     * earlier sentence; then the latest amount stated for the change's own subject.
     */
    private static Figure currentOf(Context ctx, Claim.Change c) {
        String subject = subjectKey(c.change().subject());
        Figure current = c.current();
        if (current == null && !subject.isEmpty()) {
            current = ctx.bySubject.get(subject);
        }
        return current;
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
        ctx.verified(c, c.change());
        if (expected.subtract(stated).abs().compareTo(new BigDecimal("0.015")) > 0) {
            out.add(finding(PRIOR, Severity.ERROR, c, m.current(), stated, expected,
                "“" + c.quote() + "”：按上年决算表，" + m.name() + "上年为 " + Money.format(m.prior().value()) + " 万元、本年为 "
                    + Money.format(m.current().value()) + " 万元，应" + (expected.signum() >= 0 ? "增加 " : "减少 ")
                    + Money.format(expected.abs()) + " 万元。"));
        }
    }

    private void completion(Context ctx, Claim.Completion c, List<Finding> out) {
        if (c.budget().value().signum() == 0) {
            ctx.unverified(c, c.percent(), "预算数为 0，完成率无从算起");
            return;
        }
        ctx.verified(c, c.percent(), c.budget(), c.actual());
        judge(COMPLETION, c, c.actual().value(), c.actual().half(), c.budget().value(), c.budget().half(), c.percent(), "完成率", out,
            c.actual().value().stripTrailingZeros().toPlainString() + " ÷ " + c.budget().value().stripTrailingZeros().toPlainString()
                + "（预算 " + c.budget().value().stripTrailingZeros().toPlainString() + " 万元）");
    }

    private void parts(Context ctx, Claim.Parts p, List<Finding> out) {
        BigDecimal sum = BigDecimal.ZERO;
        // the parts are rounded one by one (half a cent each); the total may be printed coarser (52.1 for 52.10)
        BigDecimal tolerance = p.total().half().max(p.total().printedHalf());
        for (Figure f : p.parts()) {
            sum = sum.add(signed(f));
            tolerance = tolerance.add(f.half());
        }
        BigDecimal total = signed(p.total());
        ctx.verified(p, p.total());
        p.parts().forEach(f -> ctx.verified(p, f));
        BigDecimal diff = sum.subtract(total);
        BigDecimal gap = (p.exhaustive() || p.total().isChange() ? diff.abs() : diff).subtract(tolerance);
        if (gap.signum() <= 0) {
            return;
        }
        Severity s = gap.compareTo(p.total().step()) <= 0 ? Severity.WARNING : Severity.ERROR;
        boolean equal = p.exhaustive() || p.total().isChange();
        out.add(finding(PARTS, s, p, null, total, sum,
            "“" + p.quote() + "”：所列各项" + (p.total().isChange() ? "增减" : "") + "合计 " + Money.format(sum) + " 万元，" + (equal ? "与" : "超过了")
                + "总数 " + Money.format(total) + " 万元" + (equal ? "不等" : "") + "，相差 " + Money.format(diff.abs())
                + " 万元" + (s == Severity.WARNING ? "（差一个尾数位）" : "") + "。"));
    }

    /** A decrease counts negative in a list of changes. */
    private static BigDecimal signed(Figure f) {
        return f.kind() == Figure.Kind.DECREASE ? f.value().negate() : f.value();
    }

    private void judge(String rule, Claim c, BigDecimal numerator, BigDecimal numHalf, BigDecimal denominator, BigDecimal denHalf,
                       Figure percent, String what, List<Finding> out, String how) {
        report(rule, c, Percent.judge(percent.value(), percent.decimals(), numerator, numHalf, denominator, denHalf), numerator, denominator,
            percent, what, out, how);
    }

    private void report(String rule, Claim c, Percent.Verdict v, BigDecimal numerator, BigDecimal denominator, Figure percent, String what,
                        List<Finding> out, String how) {
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
