package org.suanpan.annotate;

import org.suanpan.read.Book;
import org.suanpan.read.Grid;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads back the 说明 a department wrote on the 审核结果 sheet of a copy Suanpan annotated: each non-empty 说明 with
 * the key of its finding (the hidden 键 column). The sheet is known by its marker, never by its name, so a renamed
 * 审核结果 is still found, and a sheet someone else called 审核结果 is left alone.
 */
public final class Explanations {
    private Explanations() {
    }

    /** Finding key → 说明; empty when the workbook holds no sheet Suanpan wrote. */
    public static Map<String, String> read(Book book) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Grid g : book.sheets()) {
            if (!isOurs(g)) {
                continue;
            }
            int header = -1;
            for (int r = 0; r < Math.min(g.rowCount(), 30) && header < 0; r++) {
                if (g.text(r, 0).strip().equals(ResultTable.COLUMNS.get(0)) && g.text(r, ResultTable.KEY).strip().equals("键")) {
                    header = r;
                }
            }
            if (header < 0) {
                continue;
            }
            int explanation = -1;
            for (int c = 0; c < ResultTable.KEY; c++) {
                if (g.text(header, c).strip().equals(ResultTable.COLUMNS.get(ResultTable.EXPLANATION))) {
                    explanation = c;
                }
            }
            if (explanation < 0) {
                continue;
            }
            for (int r = header + 1; r < g.rowCount(); r++) {
                String key = g.text(r, ResultTable.KEY).strip();
                String text = g.text(r, explanation).strip();
                if (!key.isEmpty() && !text.isEmpty()) {
                    out.put(key, text);
                }
            }
        }
        return out;
    }

    /** Whether this sheet is a 审核结果 sheet Suanpan wrote. */
    public static boolean isOurs(Grid g) {
        return g.text(0, ResultTable.RECORD).startsWith(ResultTable.MARKER);
    }
}
