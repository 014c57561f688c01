package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.read.CellAddresses;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the 绩效指标 tables of a form (预算11, 预算12): each is found by its header row (一级指标, 二级指标, 指标值);
 * every indicator named must have a 指标值 (S-19), its 二级指标 must belong to its 一级指标 as the edition lists them
 * (S-19), and the years over 近两年 columns must be the two before the budget year (S-22). Warnings all: the form
 * may be right where the words are odd.
 */
final class IndicatorTables {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

    private IndicatorTables() {
    }

    static List<Problem> check(Edition edition, Map<String, Grid> grids, Map<String, RecognisedTable> tables) {
        List<Problem> out = new ArrayList<>();
        Integer budgetYear = budgetYear(tables);
        for (RecognisedTable t : tables.values()) {
            Map<String, List<String>> levels = t.def().indicatorLevels();
            Grid g = grids.get(t.sheet());
            if (levels.isEmpty() || g == null) {
                continue;
            }
            int end = g.rowCount();
            for (RecognisedTable other : tables.values()) {
                if (other != t && other.sheet().equals(t.sheet()) && other.titleRow() > t.titleRow()) {
                    end = Math.min(end, other.titleRow());
                }
            }
            String name = edition.label(t.id());
            for (int r = t.titleRow() + 1; r < end; r++) {
                int first = column(g, r, "一级指标");
                int second = column(g, r, "二级指标");
                int value = column(g, r, "指标值");
                if (first < 0 || second < 0 || value < 0) {
                    continue;
                }
                int basis = column(g, r, "指标值确定依据");
                int item = Math.max(column(g, r, "三级指标"), column(g, r, "指标名称"));
                int header = r;
                String level1 = "";
                for (int d = r + 1; d < end && column(g, d, "一级指标") < 0; d++) {
                    String n = g.norm(d, item < 0 ? second + 1 : item);
                    if (n.contains("近两年") || YEAR.matcher(g.text(d, value)).find() || n.isEmpty() && g.norm(d, value).equals("前年")) {
                        years(g, d, value, basis, budgetYear, name, t, out);
                        continue;
                    }
                    if (item >= 0 && g.norm(d, item).isEmpty()) {
                        continue;
                    }
                    if (!g.norm(d, first).isEmpty()) {
                        level1 = g.text(d, first).strip();
                    }
                    String level2 = g.text(d, second).strip();
                    List<String> words = levels.get(Text.norm(level1));
                    if (words != null && !level2.isEmpty() && words.stream().noneMatch(w -> Text.norm(level2).contains(w))) {
                        out.add(new Problem("S-19", Severity.WARNING, t.id(), g.name(), CellAddresses.a1(d, second), name + " "
                            + CellAddresses.a1(d, second) + " 的二级指标“" + level2 + "”不属于一级指标“" + level1 + "”（应为"
                            + String.join("、", words) + "类）。请核对指标分类。"));
                    }
                    int to = basis > value ? basis : value + 1;
                    boolean filled = false;
                    for (int c = value; c < to; c++) {
                        filled |= !g.norm(d, c).isEmpty();
                    }
                    if (!filled && item >= 0) {
                        out.add(new Problem("S-19", Severity.WARNING, t.id(), g.name(), CellAddresses.a1(d, value), name + " 的指标“"
                            + g.text(d, item).strip() + "”没有填指标值（" + CellAddresses.a1(d, value) + "）。请补上指标值。"));
                    }
                }
                r = header;
            }
        }
        return out;
    }

    /** Years over the 近两年 columns: the two before the budget year. */
    private static void years(Grid g, int row, int from, int to, Integer budgetYear, String name, RecognisedTable t, List<Problem> out) {
        if (budgetYear == null) {
            return;
        }
        List<Integer> years = new ArrayList<>();
        for (int c = from; c < (to > from ? to : from + 3); c++) {
            Matcher m = YEAR.matcher(g.text(row, c));
            if (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        if (!years.isEmpty() && !years.equals(List.of(budgetYear - 2, budgetYear - 1).subList(0, Math.min(2, years.size())))) {
            out.add(new Problem("S-22", Severity.WARNING, t.id(), g.name(), CellAddresses.a1(row, from), name + " 第" + (row + 1)
                + "行的近两年指标值写的是 " + years.stream().map(y -> y + "年").toList() + "，" + budgetYear + " 年预算的近两年应为 "
                + (budgetYear - 2) + "年、" + (budgetYear - 1) + "年。请核对年份。"));
        }
    }

    private static int column(Grid g, int row, String word) {
        var cells = g.row(row);
        for (var c : cells) {
            if (c != null && !c.isBlank() && Text.norm(c.text()).equals(word)) {
                return c.col();
            }
        }
        return -1;
    }

    /** The budget year, from the first table title that names one (“市医疗保障局 2023 年部门整体支出绩效目标申报表”). */
    private static Integer budgetYear(Map<String, RecognisedTable> tables) {
        for (RecognisedTable t : tables.values()) {
            Matcher m = YEAR.matcher(t.titleText());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }
}
