package org.suanpan.testing;

import org.suanpan.read.Book;
import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.read.CellRange;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Copies of a read workbook with one cell changed, and the amount cells found without the recogniser's help. */
public final class Books {
    private Books() {
    }

    /** The book with the cell at (row, col) of the named sheet holding {@code value} as a number. */
    public static Book withNumber(Book book, String sheet, int row, int col, BigDecimal value) {
        Cell replacement = new Cell(row, col, CellKind.NUMBER, value.toPlainString(), false);
        List<Grid> sheets = new ArrayList<>();
        for (Grid g : book.sheets()) {
            if (!g.name().equals(sheet)) {
                sheets.add(g);
                continue;
            }
            Grid.Builder b = Grid.builder(g.name(), g.index(), g.hidden());
            for (int r = 0; r < g.rowCount(); r++) {
                for (Cell c : g.row(r)) {
                    if (c != null && !(c.row() == row && c.col() == col)) {
                        b.add(c);
                    }
                }
            }
            b.add(replacement);
            for (CellRange m : g.merges()) {
                b.merge(m);
            }
            sheets.add(b.build());
        }
        return new Book(book.fileName(), book.format(), List.copyOf(sheets));
    }

    /**
     * Every cell holding a number that is not part of the table's frame — not a 行次, not a 栏次 — found by looking
     * at the sheet alone, so the recogniser's own idea of what is an amount is tested rather than trusted.
     */
    public static List<Cell> numericAmountCells(Grid g) {
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < g.rowCount(); r++) {
            if (isNumberRow(g, r)) {
                continue;
            }
            for (Cell c : g.row(r)) {
                if (c != null && c.kind() == CellKind.NUMBER && !underLineHeader(g, c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isNumberRow(Grid g, int r) {
        int expect = 1;
        boolean any = false;
        for (Cell c : g.row(r)) {
            if (c == null || c.isBlank()) {
                continue;
            }
            String n = Text.norm(c.text());
            if (n.equals("栏次")) {
                return true;
            }
            if (!n.equals(String.valueOf(expect))) {
                return false;
            }
            expect++;
            any = true;
        }
        return any && expect > 2;
    }

    private static boolean underLineHeader(Grid g, Cell c) {
        for (int r = 0; r < c.row(); r++) {
            if (Text.norm(g.text(r, c.col())).equals("行次")) {
                return true;
            }
        }
        return false;
    }
}
