package org.suanpan.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A workbook reduced to what checking needs: its sheets as grids of values, in workbook order. */
public record Book(String fileName, BookFormat format, List<Grid> sheets) {

    /** A copy with cells replaced, by sheet name; the other sheets are shared, not copied. */
    public Book withCells(Map<String, ? extends Collection<Cell>> replacements) {
        List<Grid> out = new ArrayList<>(sheets.size());
        for (Grid g : sheets) {
            Collection<Cell> cells = replacements.get(g.name());
            out.add(cells == null || cells.isEmpty() ? g : g.withCells(cells));
        }
        return new Book(fileName, format, List.copyOf(out));
    }
}
