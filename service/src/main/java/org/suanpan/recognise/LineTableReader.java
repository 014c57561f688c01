package org.suanpan.recognise;

import org.suanpan.definition.ColumnDef;
import org.suanpan.definition.SideDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.read.CellAddresses;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a two-sided table (公开01, 公开04): finds the 行次 column of each side, the label column to its left and
 * the amount columns to its right, then one line per 行次. Wrapped labels are joined to their line.
 */
final class LineTableReader implements TableReader {

    private record Side(String name, int lineCol, int labelCol, Map<Integer, Integer> columns) {
    }

    @Override
    public Attempt read(Region region, TableDef def) {
        Grid g = region.grid();
        int top = region.titleRow() + 1;
        HeaderScan.NumberRow numbers = HeaderScan.numberRow(region, top);
        int headerEnd = numbers != null ? numbers.row() : Math.min(region.end(), top + HeaderScan.HEADER_WINDOW);
        String[] headers = HeaderScan.composites(region, top, numbers != null ? numbers.row() : headerEnd);
        List<Integer> lineCols = new ArrayList<>();
        List<Integer> labelCols = new ArrayList<>();
        for (int c = 0; c < headers.length; c++) {
            if (headers[c].endsWith("行次") || headers[c].equals("行次") || headers[c].contains("行次")) {
                lineCols.add(c);
            }
        }
        if (lineCols.isEmpty()) {
            return new LabelledLines().read(region, def, headers, numbers);
        }
        int dataStart = numbers != null ? numbers.row() + 1 : lastHeaderRow(region, top, lineCols.get(0)) + 1;
        for (int lc : lineCols) {
            int label = -1;
            for (int c = lc - 1; c >= 0; c--) {
                if (headers[c].contains("项目") || headers[c].contains("科目")) {
                    label = c;
                    break;
                }
                if (lineCols.contains(c)) {
                    break;
                }
            }
            labelCols.add(label >= 0 ? label : Math.max(0, lc - 1));
        }
        List<Problem> problems = new ArrayList<>();
        List<Side> sides = sides(region, def, headers, numbers, lineCols, labelCols, problems);
        int end = HeaderScan.notesStart(region, dataStart);
        List<RowDraft> drafts = new ArrayList<>();
        for (Side side : sides) {
            readSide(g, side, dataStart, end, drafts, problems, def);
        }
        List<TableRow> rows = new ArrayList<>();
        // a 行次 belongs to one side: the same number on the other side is that side's business (and the labels decide)
        Map<String, RowDraft> seen = new java.util.HashMap<>();
        for (RowDraft d : drafts) {
            if (d.line != null && seen.putIfAbsent(d.side + d.line, d) != null) {
                problems.add(new Problem("S-06", Severity.ERROR, def.id(), g.name(), CellAddresses.a1(d.sheetRow, 0),
                    def.id() + " 的行次 " + d.line + " 出现了两次（第" + (seen.get(d.side + d.line).sheetRow + 1) + "行和第" + (d.sheetRow + 1)
                        + "行）。请检查行次列，每个行次只能出现一次。"));
                continue;
            }
            rows.add(d.freeze());
        }
        if (rows.isEmpty()) {
            return Attempt.failed("找到了“行次”列，但下面没有任何行次");
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(),
            region.titleText(), rows), problems);
    }

    private static int lastHeaderRow(Region region, int top, int lineCol) {
        for (int r = top; r < Math.min(region.end(), top + HeaderScan.HEADER_WINDOW); r++) {
            if (region.grid().norm(r, lineCol).contains("次")) {
                return r;
            }
        }
        return top;
    }

    private static List<Side> sides(Region region, TableDef def, String[] headers, HeaderScan.NumberRow numbers,
                                    List<Integer> lineCols, List<Integer> labelCols, List<Problem> problems) {
        List<Side> sides = new ArrayList<>();
        List<SideDef> sideDefs = def.sides();
        for (int i = 0; i < lineCols.size() && i < Math.max(1, sideDefs.size()); i++) {
            int from = lineCols.get(i) + 1;
            int to = i + 1 < lineCols.size() ? labelCols.get(i + 1) : Integer.MAX_VALUE;
            String name = i < sideDefs.size() ? sideDefs.get(i).name() : "";
            List<ColumnDef> defs = def.columnsOf(name);
            Map<Integer, Integer> cols = sideColumns(numbers, headers, defs, from, to);
            if (cols.isEmpty() && numbers == null && !defs.isEmpty()) {
                cols.put(defs.get(0).no(), from);
            }
            for (ColumnDef cd : defs) {
                if (!cols.containsKey(cd.no())) {
                    problems.add(new Problem("S-04", Severity.ERROR, def.id(), region.sheet(), null,
                        def.id() + " " + name + "方找不到第" + cd.no() + "栏（" + String.join("", cd.header()).replace("|", "或")
                            + "）。请检查栏次行是否完整（1、2、3…）。"));
                }
            }
            sides.add(new Side(name, lineCols.get(i), labelCols.get(i), cols));
        }
        return sides;
    }

    /** The numbered columns of one side, between {@code from} and {@code to}: by the 栏次 row, else by header text. */
    static Map<Integer, Integer> sideColumns(HeaderScan.NumberRow numbers, String[] headers, List<ColumnDef> defs, int from, int to) {
        Map<Integer, Integer> cols = new LinkedHashMap<>();
        if (numbers != null) {
            numbers.columns().forEach((no, col) -> {
                if (col >= from && col < to) {
                    cols.put(no, col);
                }
            });
        } else {
            cols.putAll(HeaderMatcher.match(defs, headers, from, Math.min(to, headers.length)));
        }
        return cols;
    }

    private static void readSide(Grid g, Side side, int from, int to, List<RowDraft> drafts, List<Problem> problems,
                                 TableDef def) {
        RowDraft previous = null;
        for (int r = from; r < to; r++) {
            Integer line = HeaderScan.smallInt(g.cell(r, side.lineCol()));
            String label = g.text(r, side.labelCol()).trim();
            if (g.norm(r, side.labelCol()).equals("栏次")) {
                continue;
            }
            RowCells cells = RowCells.at(g, r, side.columns());
            if (line != null) {
                RowDraft d = new RowDraft(RowKind.LINE, line, null, side.name(), label, r);
                d.takeCells(cells.cells(), cells.any(), r);
                drafts.add(d);
                previous = d;
            } else if (!label.isEmpty() && !cells.any() && previous != null) {
                previous.appendLabel(label);
            } else if (cells.any()) {
                problems.add(new Problem("S-05", Severity.ERROR, def.id(), g.name(), CellAddresses.a1(r, side.lineCol()),
                    def.id() + " 第" + (r + 1) + "行" + side.name() + "方有金额，但没有行次，无法审核。请在行次列填上行次。"));
            }
        }
    }
}
