package org.suanpan.check;

import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.OpeningBudgets;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.text.Money;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 年初预算 a 决算's 情况说明 states, against the same year's 部门预算: each 项 (by code, else by name) against the
 * budget table's row, the section's total against its 合计 row. Which section reads which table is data
 * ({@value #FILE}). A stated figure that fits no row, or two, is not judged but listed.
 */
public final class OpeningBudgetCheck {
    public static final String FILE = "rules/决算对预算-年初预算.txt";
    static final String DIFFERENT = "NB01";
    static final String UNMATCHED = "NB02";
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{7}|\\d{5}|\\d{3})(?![\\d.年])");
    private static final Pattern MARKER = Pattern.compile("\\((类|款|项)\\)");

    /** One line of {@value #FILE}: a section's 年初预算 read against this table's column; {@code totals} name the section's total. */
    record Source(String section, String table, int column, List<String> totals) {
    }

    private OpeningBudgetCheck() {
    }

    /** The lines of {@value #FILE}, validated against the sections the vocabulary knows and the budget edition's tables. */
    static List<Source> load(TemplateSource source, Vocabulary vocabulary, Edition budget) {
        List<Source> out = new ArrayList<>();
        if (!source.exists(FILE)) {
            return out;
        }
        String[] lines = source.read(FILE).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("[|｜]", -1);
            String where = "templates/" + FILE + " 第" + (i + 1) + "行：";
            if (p.length != 4) {
                throw new DefinitionException(where + "应写成“节 | 预算表 | 栏 | 总数的说法”，用竖线分隔。");
            }
            String section = p[0].strip();
            String table = p[1].strip();
            if (vocabulary.sections().stream().noneMatch(s -> s.key().equals(section))) {
                throw new DefinitionException(where + "没有名为“" + section + "”的节（见 templates/narrative/sections.txt）。");
            }
            if (!budget.tables().containsKey(table)) {
                throw new DefinitionException(where + budget.name() + "中没有表“" + table + "”。");
            }
            int column;
            try {
                column = Integer.parseInt(p[2].strip().replaceFirst("栏$", ""));
            } catch (NumberFormatException e) {
                throw new DefinitionException(where + "栏应写数字，写的是“" + p[2].strip() + "”。");
            }
            if (budget.tables().get(table).column(column).isEmpty()) {
                throw new DefinitionException(where + table + "没有第" + column + "栏。");
            }
            List<String> totals = Arrays.stream(p[3].split("、")).map(Text::norm).filter(s -> !s.isEmpty()).toList();
            out.add(new Source(section, table, column, totals));
        }
        return out;
    }

    /** The findings of comparing the 年初预算 of {@code narrative} (the 决算's 情况说明) with {@code budget}'s tables. */
    public static List<Finding> compare(TemplateSource source, Vocabulary vocabulary, List<Paragraph> narrative, Recognition budget) {
        List<Source> sources = load(source, vocabulary, budget.edition());
        Map<String, Source> bySection = new LinkedHashMap<>();
        sources.forEach(s -> bySection.put(s.section(), s));
        List<Finding> out = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (OpeningBudgets.Stated s : OpeningBudgets.find(narrative, vocabulary, bySection.keySet())) {
            Source src = bySection.get(s.section());
            RecognisedTable table = budget.tables().get(src.table());
            if (table == null && s.value().signum() == 0) {
                continue; // “年初预算为 0 万元” and a budget that prints no such table: nothing to compare
            }
            if (table == null) {
                unmatched.add("第" + (s.paragraph() + 1) + "段“" + s.subject() + "”（部门预算中没有" + src.table() + "）");
                continue;
            }
            Match m = match(s.subject(), table, src);
            if (m.row() == null) {
                unmatched.add("第" + (s.paragraph() + 1) + "段“" + s.subject() + "”（" + m.why() + "）");
                continue;
            }
            AmountCell cell = m.row().cell(src.column());
            BigDecimal planned = cell == null ? BigDecimal.ZERO : cell.value();
            BigDecimal diff = s.value().subtract(planned);
            BigDecimal tolerance = s.tolerance().add(HALF_CENT);
            BigDecimal gap = diff.abs().subtract(tolerance);
            if (gap.signum() <= 0) {
                continue;
            }
            Severity severity = gap.compareTo(s.step()) <= 0 ? Severity.WARNING : Severity.ERROR;
            String place = cell == null ? src.table() : src.table() + "（工作表“" + cell.sheet() + "” " + cell.address() + "）";
            String message = "决算情况说明第" + (s.paragraph() + 1) + "段“" + s.quote() + "”：" + m.name() + "的年初预算写作 "
                + Money.format(s.value()) + " 万元，同年部门预算 " + place + " " + m.row().describe() + " 为 " + Money.format(planned)
                + " 万元，相差 " + Money.format(diff.abs()) + " 万元" + (severity == Severity.WARNING ? "（差一个尾数位）" : "")
                + "。年初预算应与公开的部门预算一致：请核对情况说明中的年初预算，或确认所附的是同一部门同一年度的部门预算。";
            out.add(new Finding(DIFFERENT, severity, src.table(), cell == null ? null : cell.sheet(), cell == null ? null : cell.address(),
                cell == null ? List.of() : List.of(cell.ref()), m.row().describe(), "决算情况说明 年初预算 = " + src.table() + " " + src.column() + "栏",
                null, s.value(), planned, diff, tolerance, null, message, "narrative",
                new Finding.Narrative(s.paragraph(), s.quote(), s.value(), planned)));
        }
        if (!unmatched.isEmpty()) {
            out.add(new Finding(UNMATCHED, Severity.INFO, null, null, null, List.of(), null, null, null, null, null, null, null, null,
                "决算情况说明中有 " + unmatched.size() + " 处年初预算没有与部门预算比较，因为对不上预算表中的科目：" + String.join("；", unmatched)
                    + "。请在文中写明科目编码，或按预算表中的科目名称书写。", "narrative", null));
        }
        return out;
    }

    /** The row a stated budget is of, the name it goes by in the message, or why there is none. */
    private record Match(TableRow row, String name, String why) {
        static Match none(String why) {
            return new Match(null, null, why);
        }
    }

    private static Match match(String subject, RecognisedTable table, Source src) {
        String s = Text.norm(subject);
        if (src.totals().contains(s)) {
            return table.total().map(r -> new Match(r, s, null)).orElse(Match.none(src.table() + "没有合计行"));
        }
        String code = null;
        Matcher c = CODE.matcher(s);
        while (c.find()) {
            if (code == null || c.group(1).length() > code.length()) {
                code = c.group(1);
            }
        }
        if (code != null) {
            String found = code;
            return table.code(code).map(r -> new Match(r, found + " " + r.label(), null))
                .orElse(Match.none(src.table() + "中没有科目 " + code));
        }
        List<String[]> steps = steps(s);
        List<TableRow> candidates = null;
        TableRow parent = null;
        for (String[] step : steps) {
            String key = bare(step[0]);
            int level = step[1] == null ? 0 : switch (step[1]) {
                case "类" -> 1;
                case "款" -> 2;
                default -> 3;
            };
            TableRow within = parent;
            candidates = table.rows().stream().filter(r -> r.code() != null && (level == 0 ? r.level() > 0 : r.level() == level)
                && (within == null || r.code().startsWith(within.code())) && bare(r.key()).equals(key)).toList();
            if (candidates.size() != 1) {
                return Match.none(candidates.isEmpty() ? src.table() + "中没有名为“" + step[0] + "”的科目" : src.table() + "中有 "
                    + candidates.size() + " 个科目名为“" + step[0] + "”，文中没写编码");
            }
            parent = candidates.get(0);
        }
        if (parent == null) {
            return Match.none("看不出是哪个科目");
        }
        return new Match(parent, parent.code() + " " + parent.label(), null);
    }

    /** “卫生健康支出(类)行政事业单位医疗(款)”: the names and their levels, outermost first; a name without a marker has none. */
    private static List<String[]> steps(String subject) {
        List<String[]> out = new ArrayList<>();
        Matcher m = MARKER.matcher(subject);
        int from = 0;
        while (m.find()) {
            String name = subject.substring(from, m.start());
            if (!name.isEmpty()) {
                out.add(new String[] {name, m.group(1)});
            }
            from = m.end();
        }
        String rest = subject.substring(from);
        if (!rest.isEmpty() && out.isEmpty()) {
            out.add(new String[] {rest, null});
        }
        return out;
    }

    /** A 科目 name as written either way: without ordinal, spaces or a trailing 支出 (“一般公共服务支出” = “一般公共服务”). */
    private static String bare(String name) {
        return Text.label(name).replaceFirst("支出$", "");
    }
}
