package org.suanpan.recognise;

import org.suanpan.definition.LineDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.SideDef;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a two-sided table that has no 行次 column: each side's 项目 column is found by its header, and each row's
 * line by matching its label to the table's lines. The line numbers are the reference edition's; the recogniser
 * renumbers them once it knows the workbook's edition.
 */
final class LabelledLines {

    Attempt read(Region region, TableDef def, String[] headers, HeaderScan.NumberRow numbers) {
        Grid g = region.grid();
        List<Integer> labelCols = new ArrayList<>();
        for (int c = 0; c < headers.length; c++) {
            if (headers[c].endsWith("项目") || headers[c].equals("项目") || headerCellIs(region, c, "项目")) {
                labelCols.add(c);
            }
        }
        if (labelCols.isEmpty()) {
            return Attempt.failed("表头中找不到“行次”列，也找不到“项目”列");
        }
        int dataStart = numbers != null ? numbers.row() + 1 : firstLabelRow(region, def, labelCols.get(0));
        if (dataStart < 0) {
            return Attempt.failed("表头中找不到“行次”列，项目名称也对不上表中的各行");
        }
        int end = HeaderScan.notesStart(region, dataStart);
        List<Problem> problems = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<SideDef> sides = def.sides();
        for (int i = 0; i < labelCols.size() && i < sides.size(); i++) {
            String side = sides.get(i).name();
            int from = labelCols.get(i) + 1;
            int to = i + 1 < labelCols.size() ? labelCols.get(i + 1) : Integer.MAX_VALUE;
            Map<Integer, Integer> cols = LineTableReader.sideColumns(numbers, headers, def.columnsOf(side), from, to);
            for (int r = dataStart; r < end; r++) {
                String label = g.text(r, labelCols.get(i)).trim();
                LineDef line = lineNamed(def, side, org.suanpan.text.Text.label(label), seen);
                if (line == null || !seen.add(line.no())) {
                    continue;
                }
                TableRow row = new TableRow(RowKind.LINE, line.no(), null, label, side, r, RowCells.at(g, r, cols).cells());
                row.markLineFromLabel();
                rows.add(row);
            }
        }
        if (rows.size() < 3) {
            return Attempt.failed("表头中找不到“行次”列，项目名称也对不上表中的各行");
        }
        if (!def.unnumbered()) {
            problems.add(new Problem("S-09", Severity.WARNING, def.id(), g.name(), null,
                def.id() + " 没有“行次”列，已按项目名称对应各行。请补上行次列，以免项目名称改写后对应不上。"));
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(), region.titleText(), rows),
            problems);
    }

    /** The first line of the side not yet read that the label names: the same words first, then a loose match. */
    private static LineDef lineNamed(TableDef def, String side, String key, Set<Integer> taken) {
        LineDef loose = null;
        for (LineDef l : def.lines()) {
            if (!l.side().equals(side) || taken.contains(l.no())) {
                continue;
            }
            if (!l.blank() && l.key().equals(key)) {
                return l;
            }
            if (loose == null && l.named(key)) {
                loose = l;
            }
        }
        return loose;
    }

    /** Whether a cell of column {@code c} in the rows under the title reads {@code word} (“项 目” under “收 入”). */
    private static boolean headerCellIs(Region region, int c, String word) {
        int top = region.titleRow() + 1;
        for (int r = top; r < Math.min(region.end(), top + HeaderScan.HEADER_WINDOW); r++) {
            if (region.grid().norm(r, c).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int firstLabelRow(Region region, TableDef def, int labelCol) {
        Grid g = region.grid();
        for (int r = region.titleRow() + 1; r < region.end(); r++) {
            String key = org.suanpan.text.Text.label(g.text(r, labelCol));
            if (def.lines().stream().anyMatch(l -> l.named(key))) {
                return r;
            }
        }
        return -1;
    }
}
