package org.suanpan.recognise;

import org.suanpan.definition.Severity;
import org.suanpan.read.CellAddresses;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Assembles coded rows from physical rows: a row starts at a 科目代码 or 合计; a following row without a code
 * either carries the name's wrapped remainder or, when the code row had no amounts, the amounts themselves.
 */
final class CodedRows {
    private CodedRows() {
    }

    static List<TableRow> assemble(Region region, String tableId, int from, int to, int codeCol, int nameCol,
                                   Map<Integer, Integer> columns, IntPredicate skipRow, boolean codesOnly,
                                   List<Problem> problems) {
        Grid g = region.grid();
        List<RowDraft> drafts = new ArrayList<>();
        RowDraft current = null;
        for (int r = from; r < to; r++) {
            if (skipRow.test(r)) {
                current = null;
                continue;
            }
            String codeText = g.text(r, codeCol);
            String nameText = nameCol == codeCol ? "" : g.text(r, nameCol);
            if (nameCol != codeCol && sameMerge(g, r, codeCol, nameCol)) {
                nameText = "";
            }
            RowCells cells = RowCells.at(g, r, columns);
            Codes.Parsed code = Codes.parse(codeText);
            boolean total = !codesOnly && (Codes.isTotal(codeText) || (Text.isBlank(codeText) && Codes.isTotal(nameText)));
            if (code != null) {
                current = new RowDraft(RowKind.CODE, null, code.code(), null, join(code.rest(), nameText), r);
                current.takeCells(cells.cells(), cells.any(), r);
                drafts.add(current);
            } else if (total) {
                current = new RowDraft(RowKind.TOTAL, null, null, null, "合计", r);
                current.takeCells(cells.cells(), cells.any(), r);
                drafts.add(current);
            } else if (current != null && cells.any() && !current.hasAmounts) {
                current.appendLabel(codeText);
                current.appendLabel(nameText);
                current.takeCells(cells.cells(), true, r);
            } else if (current != null && !cells.any()) {
                current.appendLabel(codeText);
                current.appendLabel(nameText);
            } else if (cells.any()) {
                problems.add(new Problem("S-05", Severity.ERROR, tableId, g.name(), CellAddresses.a1(r, codeCol),
                    tableId + " 第" + (r + 1) + "行有金额，但没有科目代码，无法审核。请填上科目代码（类3位、款5位、项7位）或删除该行。"));
                current = null;
            }
        }
        List<TableRow> rows = new ArrayList<>(drafts.size());
        for (RowDraft d : drafts) {
            rows.add(d.freeze());
        }
        return rows;
    }

    private static boolean sameMerge(Grid g, int r, int a, int b) {
        var m = g.mergeAt(r, a);
        return m != null && m.contains(r, b);
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b.trim();
        }
        if (b == null || b.isBlank()) {
            return a.trim();
        }
        return a.trim() + b.trim();
    }
}
