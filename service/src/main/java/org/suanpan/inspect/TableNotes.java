package org.suanpan.inspect;

import org.suanpan.read.Grid;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.List;

/** The words written in a table's own rows — its title, unit line, notes, a “本单位无…” typed across the 合计 row. */
final class TableNotes {
    /** A text cell: where it stands and its words, normalised. */
    record Note(int row, int col, String text) {
    }

    private TableNotes() {
    }

    static Grid grid(Recognition r, RecognisedTable t) {
        return r.book().sheets().stream().filter(g -> g.name().equals(t.sheet())).findFirst().orElse(null);
    }

    /** Every text cell from the table's title down to the next table's title on the same sheet. */
    static List<Note> of(Recognition r, RecognisedTable t) {
        return of(r, t, Integer.MAX_VALUE);
    }

    /** The text cells of the table's first {@code rows} rows from its title (its unit and 部门 lines). */
    static List<Note> head(Recognition r, RecognisedTable t, int rows) {
        return of(r, t, rows);
    }

    private static List<Note> of(Recognition r, RecognisedTable t, int rows) {
        Grid grid = grid(r, t);
        List<Note> out = new ArrayList<>();
        if (grid == null) {
            return out;
        }
        int end = grid.rowCount();
        for (RecognisedTable other : r.tables().values()) {
            if (other != t && other.sheet().equals(t.sheet()) && other.titleRow() > t.titleRow()) {
                end = Math.min(end, other.titleRow());
            }
        }
        end = (int) Math.min(end, (long) t.titleRow() + rows);
        for (int row = t.titleRow(); row < end; row++) {
            for (int c = 0; c < grid.columnCount(row); c++) {
                String text = grid.text(row, c);
                if (text != null && !text.isBlank()) {
                    out.add(new Note(row, c, Text.norm(text)));
                }
            }
        }
        return out;
    }
}
