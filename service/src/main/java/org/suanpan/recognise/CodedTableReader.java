package org.suanpan.recognise;

import org.suanpan.definition.ColumnDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a table of 科目 rows (公开02, 03, 05, 07, 08): the code and name columns by their headers, the amount
 * columns by the 栏次 row (or, lacking one, by their header texts), then one row per code and the 合计 row.
 */
final class CodedTableReader implements TableReader {

    @Override
    public Attempt read(Region region, TableDef def) {
        Grid g = region.grid();
        int top = region.titleRow() + 1;
        HeaderScan.NumberRow numbers = HeaderScan.numberRow(region, top);
        int headerEnd = numbers != null ? numbers.row() : firstDataRow(region, top);
        if (headerEnd < 0) {
            return Attempt.failed("找不到栏次行，也找不到科目代码或“合计”行");
        }
        String[] headers = HeaderScan.composites(region, top, headerEnd);
        Map<Integer, Integer> columns = numbers != null ? numbers.columns() : HeaderMatcher.match(def.columns(), headers, 0, headers.length);
        if (columns.isEmpty()) {
            return Attempt.failed("缺少栏次行，且无法按表头识别各栏");
        }
        if (numbers == null && columns.size() < (def.columns().size() + 1) / 2) {
            return Attempt.failed("缺少栏次行，表头只对上了 " + columns.size() + " 栏");
        }
        int firstAmountCol = columns.values().stream().min(Integer::compare).orElse(1);
        int codeCol = find(headers, firstAmountCol, "代码", "编码");
        int nameCol = find(headers, firstAmountCol, "名称");
        if (codeCol < 0) {
            codeCol = Math.max(0, nameCol >= 0 ? nameCol - 1 : firstAmountCol - 2);
        }
        if (nameCol < 0 || nameCol == codeCol) {
            nameCol = codeCol + 1 < firstAmountCol ? codeCol + 1 : codeCol;
        }
        int dataStart = numbers != null ? numbers.row() + 1 : headerEnd;
        int end = HeaderScan.notesStart(region, dataStart);
        List<Problem> problems = new ArrayList<>();
        for (ColumnDef cd : def.columns()) {
            if (!columns.containsKey(cd.no())) {
                problems.add(new Problem("S-04", Severity.ERROR, def.id(), g.name(), null,
                    def.id() + " 找不到第" + cd.no() + "栏（" + String.join("", cd.header()).replace("|", "或")
                        + "）。请检查栏次行是否完整（1、2、3…）。"));
            }
        }
        List<TableRow> rows = CodedRows.assemble(region, def.id(), dataStart, end, codeCol, nameCol, columns, r -> false, false, problems);
        if (rows.isEmpty() && numbers == null) {
            return Attempt.failed("表头下面没有科目代码或“合计”行");
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(), region.titleText(), rows),
            problems);
    }

    private static int find(String[] headers, int before, String... words) {
        for (int c = 0; c < Math.min(before, headers.length); c++) {
            for (String w : words) {
                if (headers[c].contains(w)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * Without a 栏次 row, the data begin at the first row that starts with a code or 合计 (a header cell may read
     * 合计 too, as 公开08's first column does, but never first in its row).
     */
    private static int firstDataRow(Region region, int top) {
        Grid g = region.grid();
        for (int r = top; r < Math.min(region.end(), top + HeaderScan.HEADER_WINDOW + 4); r++) {
            var first = HeaderScan.firstNonBlank(g, r);
            if (first != null && (Codes.parse(first.text()) != null || Codes.isTotal(first.text()))) {
                return r;
            }
        }
        return -1;
    }
}
