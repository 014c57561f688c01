package org.suanpan.narrative;

import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.read.Amount;
import org.suanpan.read.Amounts;
import org.suanpan.read.Cell;
import org.suanpan.read.Grid;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.Signed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last year's budget of a figure of a 部门预算, where the workbook carries it: the 整体支出绩效目标表 (预算11) prints
 * beside each 当年金额 the amounts of the two years before (近两年收支情况: 2021 年, 2022 年). The field the vocabulary
 * names (预算11 收入合计) is found as the rules find it; its 上年 is the same row under the latest year heading above it.
 * Null when the form or the year columns are not there: the text is then checked against itself only.
 */
final class LastYearBudget {
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})年(?:度)?$");

    private LastYearBudget() {
    }

    static Quantity of(Recognition current, Quantities now, List<Signed> field) {
        if (current == null || now == null || field == null || current.book() == null) {
            return null;
        }
        Quantity q = now.of(field).orElse(null);
        if (q == null || q.cells().size() != 1) {
            return null;
        }
        AmountCell cell = q.cells().get(0);
        Grid g = current.book().sheets().stream().filter(s -> s.name().equals(cell.sheet())).findFirst().orElse(null);
        if (g == null) {
            return null;
        }
        int year = 0;
        int column = -1;
        for (int r = 0; r < cell.row(); r++) {
            for (Cell c : g.row(r)) {
                if (c == null || c.col() <= cell.col()) {
                    continue;
                }
                Matcher m = YEAR.matcher(g.norm(r, c.col()));
                if (m.find() && Integer.parseInt(m.group(1)) > year) {
                    year = Integer.parseInt(m.group(1));
                    column = c.col();
                }
            }
        }
        if (column < 0) {
            return null;
        }
        Amount a = Amounts.of(g.cell(cell.row(), column));
        if (a.status() != Amount.Status.NUMBER) {
            return null;
        }
        return new Quantity(a.value(), List.of(new AmountCell(cell.sheet(), cell.row(), column, a)));
    }
}
