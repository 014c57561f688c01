package org.suanpan.recognise;

import org.suanpan.definition.Severity;
import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.read.Grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a figure written in a table's words with the wrong unit: “2023 年申报 278.85 元” in a form whose amounts are
 * in 万元 and hold 278.85. Only a figure that is one of the table's own amounts counts, so a rate (“65 元/平/月”)
 * stays quiet.
 */
final class UnitInText {
    private static final Pattern YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*元(?!/)");

    private UnitInText() {
    }

    static List<Problem> find(org.suanpan.definition.Edition edition, Map<String, Grid> grids, Iterable<RecognisedTable> tables, Unit unit) {
        List<Problem> out = new ArrayList<>();
        if (!unit.isDefault()) {
            return out;
        }
        for (RecognisedTable t : tables) {
            Grid g = grids.get(t.sheet());
            if (g == null) {
                continue;
            }
            int last = t.titleRow();
            if (!t.rows().isEmpty()) {
                last = Integer.MIN_VALUE;
                for (TableRow row : t.rows()) {
                    last = Math.max(last, row.sheetRow());
                }
            }
            // the table's amounts are gathered only once a cell writes a figure before 元: most tables have none
            Set<BigDecimal> amounts = null;
            for (int r = Math.max(0, t.titleRow()); r <= last + 1 && r < g.rowCount(); r++) {
                for (Cell cell : g.row(r)) {
                    if (cell == null || cell.kind() != CellKind.TEXT || !figureBeforeYuan(cell.text())) {
                        continue;
                    }
                    Matcher m = YUAN.matcher(cell.text());
                    while (m.find()) {
                        if (m.start() > 0 && cell.text().charAt(m.end() - 2) == '万') {
                            continue;
                        }
                        if (amounts == null) {
                            amounts = amounts(t);
                        }
                        BigDecimal v = new BigDecimal(m.group(1)).stripTrailingZeros();
                        if (amounts.contains(v)) {
                            out.add(new Problem("S-16", Severity.WARNING, t.id(), g.name(), cell.address(), edition.label(t.id()) + " " + cell.address()
                                + " 写的是“" + m.group().trim() + "”，而表中金额以万元为单位、其中正有 " + m.group(1)
                                + "：请核对是不是把“万元”写成了“元”。"));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Set<BigDecimal> amounts(RecognisedTable t) {
        Set<BigDecimal> amounts = new HashSet<>();
        for (TableRow row : t.rows()) {
            for (AmountCell c : row.cells().values()) {
                if (!c.empty() && c.value().signum() != 0) {
                    amounts.add(c.value().stripTrailingZeros());
                }
            }
        }
        return amounts;
    }

    /**
     * Whether some 元 has a digit before it, spaces between allowed: {@link #YUAN} can match nowhere else, and the
     * unit line “金额单位：万元” every table carries need not go through the pattern.
     */
    private static boolean figureBeforeYuan(String text) {
        for (int i = text.indexOf('元'); i >= 0; i = text.indexOf('元', i + 1)) {
            int j = i - 1;
            while (j >= 0 && isRegexSpace(text.charAt(j))) {
                j--;
            }
            if (j >= 0 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The characters {@code \s} stands for in a pattern without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
