package org.suanpan.template;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Draws a multi-level header from column header paths: a group part shared by neighbouring columns (“本年支出”,
 * “预算数”) is merged across them; a column whose path is shorter than the deepest one is merged down to the last
 * header row.
 */
final class HeaderLayout {
    private HeaderLayout() {
    }

    /** Depth of the header: the longest path. */
    static int depth(List<List<String>> paths) {
        return paths.stream().mapToInt(List::size).max().orElse(1);
    }

    /**
     * Writes the header into rows {@code top … top + depth − 1}, starting at column {@code left}. Alternatives written
     * “a|b” print as their first form.
     */
    static void draw(Sheet sheet, int top, int left, List<List<String>> paths, Styles st) {
        int depth = depth(paths);
        for (int level = 0; level < depth; level++) {
            Row row = Cells.row(sheet, top + level);
            row.setHeightInPoints(depth > 1 ? 27 : 30);
            for (int c = 0; c < paths.size(); c++) {
                List<String> path = paths.get(c);
                String text = level < path.size() ? first(path.get(level)) : "";
                Cells.text(row, left + c, text, st.header);
            }
        }
        for (int c = 0; c < paths.size(); c++) {
            List<String> path = paths.get(c);
            int leafLevel = path.size() - 1;
            if (leafLevel < depth - 1) {
                sheet.addMergedRegion(new CellRangeAddress(top + leafLevel, top + depth - 1, left + c, left + c));
            }
        }
        for (int level = 0; level < depth - 1; level++) {
            int c = 0;
            while (c < paths.size()) {
                int end = c;
                if (level < paths.get(c).size() - 1) {
                    while (end + 1 < paths.size() && samePrefix(paths.get(c), paths.get(end + 1), level)) {
                        end++;
                    }
                    if (end > c) {
                        sheet.addMergedRegion(new CellRangeAddress(top + level, top + level, left + c, left + end));
                    }
                }
                c = end + 1;
            }
        }
    }

    private static boolean samePrefix(List<String> a, List<String> b, int level) {
        if (level >= b.size() - 1) {
            return false;
        }
        for (int i = 0; i <= level; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static String first(String alternatives) {
        int bar = alternatives.indexOf('|');
        return bar < 0 ? alternatives : alternatives.substring(0, bar);
    }
}
