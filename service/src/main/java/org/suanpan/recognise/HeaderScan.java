package org.suanpan.recognise;

import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Looks at the rows under a title: which are headers, which is the 栏次 row, where the notes begin. */
final class HeaderScan {
    static final int HEADER_WINDOW = 10;
    private static final Pattern META = Pattern.compile(
        "^(部门|单位|金额单位|编制单位|填报单位|单位名称|公开\\d+表?|表\\d+|\\d{4}年度?|万元|单位:?万元|公开\\d+).*");
    private static final Pattern TABLE_NO = Pattern.compile("^(公开\\d{1,2}表?|表\\d{1,2}|公开\\d{1,2}|表)$");

    private HeaderScan() {
    }

    /** A line such as “部门：…”, “单位：万元”, “公开01表” that is about the table, not part of its header. */
    static boolean isMeta(String norm) {
        return !norm.isEmpty() && META_FIRST.indexOf(norm.charAt(0)) >= 0
            && (META.matcher(norm).matches() || TABLE_NO.matcher(norm).matches());
    }

    /**
     * The characters META and TABLE_NO can begin with: header cells starting otherwise skip both regular
     * expressions, which recognition otherwise ran for every header cell of every definition tried.
     */
    private static final String META_FIRST = "部单金编填公表万0123456789";

    /** A 行次 or 栏次 number: one to three digits, possibly written “3.0”. */
    static Integer smallInt(Cell cell) {
        if (cell == null || cell.kind() == org.suanpan.read.CellKind.BLANK) {
            return null;
        }
        String n = cell.norm();
        int value = 0;
        int digits = 0;
        int i = 0;
        for (; i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9'; i++) {
            value = value * 10 + (n.charAt(i) - '0');
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return null;
        }
        if (i < n.length()) {
            if (n.charAt(i) != '.' || i + 1 == n.length()) {
                return null;
            }
            for (int k = i + 1; k < n.length(); k++) {
                if (n.charAt(k) != '0') {
                    return null;
                }
            }
        }
        return value;
    }

    /**
     * The 栏次 row: numbers 1, 2, 3 … left to right, with at most the word “栏次” beside them. Returns the map from
     * column number to sheet column, or null when no such row is found in the window.
     */
    static NumberRow numberRow(Region region, int from) {
        Grid g = region.grid();
        int to = Math.min(region.end(), from + HEADER_WINDOW);
        for (int r = from; r < to; r++) {
            Map<Integer, Integer> cols = new LinkedHashMap<>();
            boolean label = false;
            boolean other = false;
            int expect = 1;
            for (Cell cell : g.row(r)) {
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                String n = cell.norm();
                Integer k = smallInt(cell);
                if (n.equals("栏次") || n.equals("栏")) {
                    label = true;
                } else if (k != null && k == expect) {
                    cols.put(k, cell.col());
                    expect++;
                } else {
                    other = true;
                    break;
                }
            }
            if (!other && !cols.isEmpty() && (label || cols.size() >= 2)) {
                return new NumberRow(r, cols);
            }
        }
        return null;
    }

    record NumberRow(int row, Map<Integer, Integer> columns) {
    }

    /**
     * Header text of every column over the given rows, top to bottom, with merged cells spread over the columns
     * they cover and meta lines left out: “本年支出” + “小计” reads “本年支出小计”.
     */
    static String[] composites(Region region, int fromRow, int toRow) {
        int width = region.width();
        String[] out = new String[width];
        Grid g = region.grid();
        for (int c = 0; c < width; c++) {
            StringBuilder sb = new StringBuilder();
            String last = "";
            for (int r = Math.max(fromRow, 0); r < toRow; r++) {
                String t = g.norm(r, c);
                if (t.isEmpty() || isMeta(t) || t.equals(last) || r == region.titleRow()) {
                    continue;
                }
                sb.append(t);
                last = t;
            }
            out[c] = sb.toString();
        }
        return out;
    }

    /** First row at or after {@code from} where the notes under the table begin, or the region's end. */
    static int notesStart(Region region, int from) {
        Grid g = region.grid();
        for (int r = from; r < region.end(); r++) {
            Cell first = firstNonBlank(g, r);
            if (first == null) {
                continue;
            }
            String n = first.norm();
            if (n.startsWith("注") || n.startsWith("说明") || n.startsWith("备注") || n.startsWith("填表说明")
                || n.startsWith("单位负责人") || n.startsWith("填表人") || n.startsWith("制表人") || n.startsWith("审核人")) {
                return r;
            }
            if (n.contains("。") && !hasNumber(g, r)) {
                return r;
            }
        }
        return region.end();
    }

    static Cell firstNonBlank(Grid g, int r) {
        for (Cell c : g.row(r)) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    static boolean hasNumber(Grid g, int r) {
        for (Cell c : g.row(r)) {
            if (c != null && c.kind() == CellKind.NUMBER) {
                return true;
            }
        }
        return false;
    }
}
