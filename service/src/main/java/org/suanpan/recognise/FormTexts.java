package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.FieldDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TextCheckDef;
import org.suanpan.read.Amount;
import org.suanpan.read.Amounts;
import org.suanpan.read.Cell;
import org.suanpan.read.CellAddresses;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the checks an edition writes on the words of its forms ({@link TextCheckDef}): a project's 支出项目类别 as the
 * 整体绩效 list gives it, a 起始年度 no earlier year's budget contradicts. Each disagreement is a warning naming both
 * places; a word that cannot be found is not judged.
 */
final class FormTexts {
    private static final Pattern YEAR_BUDGET = Pattern.compile("(20\\d{2})\\s*年(?:度)?\\s*预算(?:为|数)?\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*万?元");

    private FormTexts() {
    }

    /** A word of a form and where it stands. */
    private record Word(String text, Cell cell, String sheet) {
    }

    static List<Problem> check(Edition edition, Map<String, Grid> grids, Map<String, RecognisedTable> tables) {
        List<Problem> out = new ArrayList<>();
        for (RecognisedTable t : tables.values()) {
            for (TextCheckDef c : t.def().textChecks()) {
                Grid g = grids.get(t.sheet());
                if (g == null) {
                    continue;
                }
                if (c.kind().equals("arithmetic")) {
                    arithmetic(edition, g, t, c, out);
                    continue;
                }
                if (c.kind().equals("byUnit")) {
                    continue; // over all parts at once, below
                }
                Word field = word(g, t, c.field());
                if (field == null) {
                    continue;
                }
                switch (c.kind()) {
                    case "sameInList" -> sameInList(edition, grids, tables, t, c, field, out);
                    case "startYear" -> startYear(edition, t, c, field, word(g, t, c.history()), out);
                    default -> { }
                }
            }
        }
        byUnit(edition, grids, tables, out);
        return out;
    }

    /**
     * A form amount added up by the unit its words name (执行单位), against that unit's row of a table by unit
     * ({@code table}, column {@code valueHeader} as a 栏次 number): 预算12's 一般公共预算财政拨款 per 执行单位 = 预算05-2's
     * 项目支出 of the unit. A unit is its row by name; a name that is the 部门's own is its 本级 row (“…本级”). Units
     * no row names are not judged.
     */
    private static void byUnit(Edition edition, Map<String, Grid> grids, Map<String, RecognisedTable> tables, List<Problem> out) {
        Map<String, List<RecognisedTable>> byCheck = new java.util.LinkedHashMap<>();
        Map<String, TextCheckDef> checks = new java.util.LinkedHashMap<>();
        for (RecognisedTable t : tables.values()) {
            for (TextCheckDef c : t.def().textChecks()) {
                if (c.kind().equals("byUnit")) {
                    String k = c.field() + "|" + c.key() + "|" + c.table();
                    byCheck.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
                    checks.put(k, c);
                }
            }
        }
        byCheck.forEach((k, parts) -> {
            TextCheckDef c = checks.get(k);
            RecognisedTable units = tables.get(c.table());
            if (units == null) {
                return;
            }
            int column = Integer.parseInt(c.valueHeader());
            Map<TableRow, List<AmountCell>> sums = new java.util.LinkedHashMap<>();
            Map<TableRow, String> first = new java.util.HashMap<>();
            for (RecognisedTable t : parts) {
                Word unit = word(grids.get(t.sheet()), t, c.key());
                TableRow amount = t.labelled(c.field()).orElse(null);
                TableRow row = unit == null ? null : unitRow(units, unit.text());
                if (row == null || amount == null || amount.cell(1) == null) {
                    return; // one project the tables cannot place: the units are not judged at all
                }
                sums.computeIfAbsent(row, x -> new ArrayList<>()).add(amount.cell(1));
                first.putIfAbsent(row, t.id());
            }
            sums.forEach((row, cells) -> {
                AmountCell target = row.cell(column);
                if (target == null) {
                    return;
                }
                BigDecimal total = cells.stream().map(AmountCell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(cells.size() + 1L));
                if (total.subtract(target.value()).abs().compareTo(tolerance) > 0) {
                    out.add(new Problem("S-24", Severity.ERROR, first.get(row),
                        cells.get(0).sheet(), cells.get(0).address(), "执行单位为“" + row.label() + "”的项目，" + c.field() + "合计 "
                            + total.toPlainString() + " 万元（" + String.join("、", cells.stream().map(AmountCell::ref).toList()) + "），"
                            + edition.label(units.id()) + " " + target.address() + " 该单位的项目支出是 " + target.value().toPlainString() + " 万元，相差 "
                            + total.subtract(target.value()).toPlainString() + " 万元。请核对项目的资金来源或" + edition.label(units.id()) + "。"));
                }
            });
        });
    }

    private static TableRow unitRow(RecognisedTable units, String name) {
        String n = Text.norm(name);
        TableRow own = null;
        for (TableRow r : units.rows()) {
            if (r.code() == null || r.code().length() <= 3) {
                continue;
            }
            String label = Text.norm(r.label());
            if (label.equals(n)) {
                return r;
            }
            if (label.equals(n + "本级")) {
                own = r;
            }
        }
        return own;
    }

    private static void sameInList(Edition edition, Map<String, Grid> grids, Map<String, RecognisedTable> tables, RecognisedTable t,
                                   TextCheckDef c, Word field, List<Problem> out) {
        Grid g = grids.get(t.sheet());
        Word key = word(g, t, c.key());
        RecognisedTable list = tables.get(c.table());
        if (key == null || list == null || grids.get(list.sheet()) == null) {
            return;
        }
        Grid lg = grids.get(list.sheet());
        Region region = new Region(lg, list.titleRow(), list.titleCol(), list.titleText(), lg.rowCount());
        int[] keyHead = FormTableReader.find(region, list.titleRow() + 1, List.of(c.keyHeader()));
        if (keyHead == null) {
            return;
        }
        int[] valueHead = FormTableReader.find(region, keyHead[0], List.of(c.valueHeader()));
        if (valueHead == null || valueHead[0] != keyHead[0]) {
            return;
        }
        for (int r = keyHead[0] + 1; r < lg.rowCount(); r++) {
            if (!Text.norm(lg.text(r, keyHead[1])).equals(Text.norm(key.text()))) {
                continue;
            }
            String listed = lg.text(r, valueHead[1]).strip();
            if (!listed.isEmpty() && !Text.norm(listed).equals(Text.norm(field.text()))) {
                out.add(new Problem("S-17", Severity.WARNING, t.id(), field.sheet(), field.cell().address(), edition.label(t.id()) + "《"
                    + key.text() + "》的" + c.field() + "是“" + field.text() + "”，" + edition.label(c.table()) + " " + CellAddresses.a1(r, valueHead[1])
                    + " 列的是“" + listed + "”。请核对，两处应当一致。"));
            }
            return;
        }
    }

    private static void startYear(Edition edition, RecognisedTable t, TextCheckDef c, Word start, Word history, List<Problem> out) {
        Amount a = Amounts.of(start.cell());
        if (history == null || a.status() != Amount.Status.NUMBER) {
            return;
        }
        int year = a.value().intValue();
        Matcher m = YEAR_BUDGET.matcher(history.text());
        List<String> earlier = new ArrayList<>();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year && new BigDecimal(m.group(2)).signum() > 0) {
                earlier.add(m.group().strip());
            }
        }
        if (!earlier.isEmpty()) {
            out.add(new Problem("S-18", Severity.WARNING, t.id(), start.sheet(), start.cell().address(), edition.label(t.id()) + " 的" + c.field() + "是 "
                + year + " 年，但" + c.history() + "中 " + year + " 年以前已有预算：" + String.join("；", earlier)
                + "。请核对起始年度。"));
        }
    }

    /**
     * The 测算依据 of a list's amounts: where the row's words multiply figures out (“5900 平*65 元/平/月*12 月”), the
     * product in 元 must be the amount in 万元 of that row (460.2), to the amount's rounding.
     */
    private static void arithmetic(Edition edition, Grid g, RecognisedTable t, TextCheckDef c, List<Problem> out) {
        TableRow list = t.labelled(c.field()).orElse(null);
        if (list == null) {
            return;
        }
        for (AmountCell a : list.cells().values()) {
            for (Cell cell : g.row(a.row())) {
                if (cell == null || cell.col() <= a.col() || cell.kind() != org.suanpan.read.CellKind.TEXT) {
                    continue;
                }
                BigDecimal product = product(cell.text());
                if (product == null) {
                    continue;
                }
                BigDecimal wan = product.movePointLeft(4);
                if (wan.subtract(a.value()).abs().compareTo(new BigDecimal("0.005")) > 0) {
                    out.add(new Problem("S-23", Severity.WARNING, t.id(), g.name(), a.address(), edition.label(t.id()) + " " + a.address()
                        + " 的金额是 " + a.value().toPlainString() + " 万元，测算依据“" + cell.text().strip() + "”算得 "
                        + wan.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 万元。请核对金额或测算依据。"));
                }
                break;
            }
        }
    }

    private static final Pattern FACTOR = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)");

    /** The product a text writes out in 元 (two or more factors joined by * or ×, the unit 元 among them); else null. */
    static BigDecimal product(String text) {
        if (text.indexOf('元') < 0 || text.indexOf('*') < 0 && text.indexOf('×') < 0) {
            return null;
        }
        String[] parts = text.split("[*×]");
        BigDecimal p = BigDecimal.ONE;
        for (String part : parts) {
            Matcher m = FACTOR.matcher(part);
            if (!m.find()) {
                return null;
            }
            p = p.multiply(new BigDecimal(m.group(1)));
        }
        return parts.length >= 2 ? p : null;
    }

    /** The text in the cell after the label of the table's text field {@code name}; null if absent. */
    private static Word word(Grid g, RecognisedTable t, String name) {
        FieldDef def = t.def().texts().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
        if (def == null) {
            return null;
        }
        Region region = new Region(g, t.titleRow(), t.titleCol(), t.titleText(), g.rowCount());
        int[] at = FormTableReader.find(region, t.titleRow() + 1, def.label());
        if (at == null) {
            return null;
        }
        Cell cell = g.cell(at[0], FormTableReader.valueColumn(g, at[0], at[1]));
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return new Word(cell.text().strip(), cell, g.name());
    }
}
