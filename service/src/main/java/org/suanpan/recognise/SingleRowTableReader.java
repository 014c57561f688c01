package org.suanpan.recognise;

import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads 公开09: columns numbered 1–12 (or placed by their three header rows) over a single data row. */
final class SingleRowTableReader implements TableReader {

    @Override
    public Attempt read(Region region, TableDef def) {
        Grid g = region.grid();
        int top = region.titleRow() + 1;
        HeaderScan.NumberRow numbers = HeaderScan.numberRow(region, top);
        Map<Integer, Integer> columns;
        int after;
        int required = def.printed().size();
        String[] headers = numbers == null ? new String[0] : HeaderScan.composites(region, top, numbers.row());
        Map<Integer, Integer> byHeader = numbers == null ? Map.of() : HeaderMatcher.match(def.columns(), headers, 0, region.width());
        if (numbers != null && numbers.columns().size() != required
            && def.printed().stream().allMatch(c -> byHeader.containsKey(c.no()))) {
            // more (or fewer) columns than the edition prints, as when 会议费 and 培训费 stand beside the 三公:
            // the printed 栏次 are this publication's own, so every column is taken by its header
            columns = byHeader;
            after = numbers.row() + 1;
        } else if (numbers != null && numbers.columns().size() >= required / 2) {
            columns = numbers.columns();
            after = numbers.row() + 1;
        } else {
            int headerEnd = firstNumericRow(g, top, region.end());
            if (headerEnd < 0) {
                return Attempt.failed("找不到栏次行（1、2、…、12），也没有数据行");
            }
            columns = HeaderMatcher.match(def.columns(), HeaderScan.composites(region, top, headerEnd), 0, region.width());
            if (columns.size() < required / 2) {
                return Attempt.failed("缺少栏次行，且无法按表头识别各栏");
            }
            after = headerEnd;
        }
        int end = HeaderScan.notesStart(region, after);
        int dataRow = -1;
        for (int r = after; r < end && dataRow < 0; r++) {
            if (RowCells.at(g, r, columns).any()) {
                dataRow = r;
            }
        }
        List<Problem> problems = new ArrayList<>();
        if (dataRow < 0) {
            dataRow = after < end ? after : -1;
        }
        List<TableRow> rows = new ArrayList<>();
        if (dataRow >= 0) {
            rows.add(new TableRow(RowKind.SINGLE, null, null, "", null, dataRow, RowCells.at(g, dataRow, columns).cells()));
        } else {
            problems.add(new Problem("S-08", Severity.ERROR, def.id(), g.name(), null,
                def.id() + " 栏次行下面没有数据行。请在栏次行下面一行填列各栏金额（没有的填 0）。"));
        }
        for (var cd : def.printed()) {
            if (!columns.containsKey(cd.no())) {
                problems.add(new Problem("S-04", Severity.ERROR, def.id(), g.name(), null,
                    def.id() + " 找不到第" + cd.no() + "栏。请检查栏次行是否完整（1、2、…、" + required + "）。"));
            }
        }
        // printed columns the definition has no place for hold amounts no rule reads
        int misfits = numbers == null ? 0 : (int) numbers.columns().values().stream().filter(c -> !columns.containsValue(c)).count();
        for (var cd : def.columns()) {
            Integer col = columns.get(cd.no());
            if (col != null && col < headers.length && HeaderMatcher.score(cd.header(), headers[col]) == 0) {
                misfits++;
            }
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(), region.titleText(), rows),
            problems, misfits);
    }

    private static int firstNumericRow(Grid g, int from, int to) {
        for (int r = from; r < Math.min(to, from + HeaderScan.HEADER_WINDOW); r++) {
            if (HeaderScan.hasNumber(g, r) || textAmounts(g, r) >= 2) {
                return r;
            }
        }
        return -1;
    }

    /** How many cells of the row hold an amount typed as text (“13.20”, “1,148.77”): a data row without a 栏次 row. */
    private static int textAmounts(Grid g, int r) {
        int n = 0;
        for (var c : g.row(r)) {
            if (c != null && c.kind() == org.suanpan.read.CellKind.TEXT && c.text().chars().anyMatch(Character::isDigit)
                && org.suanpan.read.Amounts.of(c).status() == org.suanpan.read.Amount.Status.NUMBER) {
                n++;
            }
        }
        return n;
    }
}
