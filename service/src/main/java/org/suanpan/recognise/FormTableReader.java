package org.suanpan.recognise;

import org.suanpan.definition.ColumnDef;
import org.suanpan.definition.FieldDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Amount;
import org.suanpan.read.Amounts;
import org.suanpan.read.Cell;
import org.suanpan.read.CellRange;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a form (预算11 整体支出绩效目标表, 预算12 部门项目申报表): each field's label is found by its words, a section
 * label first where the same words stand in several places, and its amount beside it — under the form's column
 * headers where the edition gives them (当年金额), else in the first cell after the label (and its merge). Fields
 * are rows named as the edition names them, so that rules call them by name.
 */
final class FormTableReader implements TableReader {

    @Override
    public Attempt read(Region region, TableDef def) {
        Grid g = region.grid();
        int top = region.titleRow() + 1;
        Map<Integer, Integer> columns = columns(region, def, top);
        List<TableRow> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FieldDef f : def.fields()) {
            int[] at = find(region, top, f.label());
            if (at == null) {
                missing.add(f.name());
                continue;
            }
            Map<Integer, AmountCell> cells = new LinkedHashMap<>();
            if (f.list()) {
                int no = 1;
                // the list ends at the first cell under its header that holds no amount (blank, or the next section)
                for (int r = at[0] + 1; r < region.end() && Amounts.of(g.cell(r, at[1])).status() == Amount.Status.NUMBER; r++) {
                    cells.put(no++, new AmountCell(g.name(), r, at[1], Amounts.of(g.cell(r, at[1]))));
                }
            } else if (columns.isEmpty()) {
                int col = valueColumn(g, at[0], at[1]);
                cells.put(1, new AmountCell(g.name(), at[0], col, Amounts.of(g.cell(at[0], col))));
            } else {
                columns.forEach((no, col) -> cells.put(no, new AmountCell(g.name(), at[0], col, Amounts.of(g.cell(at[0], col)))));
            }
            rows.add(new TableRow(RowKind.NAMED, null, null, f.name(), null, at[0], cells));
        }
        if (rows.size() * 2 < def.fields().size()) {
            return Attempt.failed("表单中只找到 " + rows.size() + " 项（共 " + def.fields().size() + " 项）");
        }
        List<Problem> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(new Problem("S-15", Severity.INFO, def.id(), g.name(), null, "工作表“" + g.name() + "”的" + def.id()
                + "中找不到：" + String.join("、", missing) + "。涉及这些项目的审核公式没有审核；请对照空白模板检查项目名称。"));
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(), region.titleText(), rows),
            problems);
    }

    /** The form's value columns by their header words (当年金额), or none when the edition gives no columns. */
    private static Map<Integer, Integer> columns(Region region, TableDef def, int top) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (ColumnDef cd : def.columns()) {
            String header = cd.header().get(cd.header().size() - 1);
            int[] at = find(region, top, List.of(header));
            if (at != null) {
                out.put(cd.no(), at[1]);
            }
        }
        return out;
    }

    /** Row and column of the last label of {@code path}, each found at or below the one before it; null if absent. */
    static int[] find(Region region, int top, List<String> path) {
        int row = top;
        int col = -1;
        for (String label : path) {
            int[] at = null;
            for (int r = row; r < region.end() && at == null; r++) {
                for (Cell cell : region.grid().row(r)) {
                    if (cell == null || cell.isBlank() || r == row && cell.col() <= col) {
                        continue;
                    }
                    if (names(cell.text(), label)) {
                        at = new int[] {r, cell.col()};
                        break;
                    }
                }
            }
            if (at == null) {
                return null;
            }
            row = at[0];
            col = at[1];
        }
        return new int[] {row, col};
    }

    static boolean names(String text, String label) {
        for (String alt : label.split("\\|")) {
            String n = Text.norm(text);
            String a = Text.norm(alt);
            if (n.equals(a) || Text.label(text).equals(Text.label(alt)) || n.startsWith(a + "(")) {
                return true;
            }
        }
        return false;
    }

    /** The first column after the label cell and its merge. */
    static int valueColumn(Grid g, int row, int col) {
        CellRange merge = g.mergeAt(row, col);
        return merge != null ? merge.lastCol() + 1 : col + 1;
    }
}
