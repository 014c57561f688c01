package org.suanpan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One worksheet as a sparse grid of {@link Cell}s. Grids are built once by a reader and then only read, so the
 * recogniser can look around freely (up, down, across merged headers) without touching the file again.
 */
public final class Grid {
    private static final Cell[] NO_CELLS = new Cell[0];

    private final String name;
    private final int index;
    private final boolean hidden;
    private final List<Cell[]> rows;
    private final List<CellRange> merges;

    private Grid(String name, int index, boolean hidden, List<Cell[]> rows, List<CellRange> merges) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.rows = rows;
        this.merges = merges;
    }

    public String name() {
        return name;
    }

    /** Position of the sheet in the workbook, zero-based. */
    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    /** Number of rows, counting up to the last row that holds anything. */
    public int rowCount() {
        return rows.size();
    }

    public Cell[] row(int r) {
        if (r < 0 || r >= rows.size()) {
            return NO_CELLS;
        }
        Cell[] cells = rows.get(r);
        return cells == null ? NO_CELLS : cells;
    }

    /** The cell at (row, col), or null when nothing is stored there. */
    public Cell cell(int r, int c) {
        Cell[] cells = row(r);
        return c >= 0 && c < cells.length ? cells[c] : null;
    }

    /** Text of the cell, or the text of the merged region that covers it; empty when blank. */
    public String text(int r, int c) {
        Cell cell = showing(r, c);
        return cell == null ? "" : cell.text();
    }

    /** Like {@link #text} but normalised ({@link org.suanpan.text.Text#norm}); empty when blank. */
    public String norm(int r, int c) {
        Cell cell = showing(r, c);
        return cell == null ? "" : cell.norm();
    }

    /** The cell whose value shows at (r, c): the cell itself, or the top-left cell of the merged region over it. */
    private Cell showing(int r, int c) {
        Cell cell = cell(r, c);
        if (cell != null && !cell.isBlank()) {
            return cell;
        }
        CellRange merge = mergeAt(r, c);
        if (merge != null && (merge.firstRow() != r || merge.firstCol() != c)) {
            return cell(merge.firstRow(), merge.firstCol());
        }
        return null;
    }

    public CellRange mergeAt(int r, int c) {
        for (CellRange m : merges) {
            if (m.contains(r, c)) {
                return m;
            }
        }
        return null;
    }

    public List<CellRange> merges() {
        return merges;
    }

    public int columnCount(int r) {
        return row(r).length;
    }

    public int maxColumnCount() {
        int max = 0;
        for (Cell[] cells : rows) {
            if (cells != null) {
                max = Math.max(max, cells.length);
            }
        }
        return max;
    }

    /** A copy of this grid with the given cells put in place of whatever stood at their positions. */
    public Grid withCells(java.util.Collection<Cell> replacements) {
        Builder b = builder(name, index, hidden);
        for (Cell[] cells : rows) {
            if (cells != null) {
                for (Cell c : cells) {
                    if (c != null) {
                        b.add(c);
                    }
                }
            }
        }
        for (Cell c : replacements) {
            b.add(c);
        }
        merges.forEach(b::merge);
        return b.build();
    }

    public static Builder builder(String name, int index, boolean hidden) {
        return new Builder(name, index, hidden);
    }

    /** Collects cells in any order while a reader streams through a sheet. */
    public static final class Builder {
        private final String name;
        private final int index;
        private final boolean hidden;
        private final List<Cell[]> rows = new ArrayList<>();
        private final List<CellRange> merges = new ArrayList<>();

        private Builder(String name, int index, boolean hidden) {
            this.name = name;
            this.index = index;
            this.hidden = hidden;
        }

        public Builder add(Cell cell) {
            int r = cell.row();
            while (rows.size() <= r) {
                rows.add(null);
            }
            Cell[] cells = rows.get(r);
            if (cells == null) {
                cells = new Cell[Math.max(cell.col() + 1, 8)];
            } else if (cells.length <= cell.col()) {
                cells = Arrays.copyOf(cells, Math.max(cell.col() + 1, cells.length * 2));
            }
            cells[cell.col()] = cell;
            rows.set(r, cells);
            return this;
        }

        public Builder merge(CellRange range) {
            if (range != null) {
                merges.add(range);
            }
            return this;
        }

        public Grid build() {
            List<Cell[]> trimmed = new ArrayList<>(rows.size());
            for (Cell[] cells : rows) {
                trimmed.add(cells == null ? null : trim(cells));
            }
            return new Grid(name, index, hidden, Collections.unmodifiableList(trimmed), List.copyOf(merges));
        }

        private static Cell[] trim(Cell[] cells) {
            int last = cells.length - 1;
            while (last >= 0 && cells[last] == null) {
                last--;
            }
            return last == cells.length - 1 ? cells : Arrays.copyOf(cells, last + 1);
        }
    }
}
