package org.suanpan.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One worksheet as a sparse grid of {@link Cell}s. Grids are built once by a reader and then only read, so the
 * recogniser can look around freely (up, down, across merged headers) without touching the file again. Only the rows
 * and cells that hold something are stored, so a cell at XFD1048576 costs as much as one at A1.
 */
public final class Grid {
    private static final Cell[] NO_CELLS = new Cell[0];
    private static final int[] NO_ROWS = new int[0];

    private final String name;
    private final int index;
    private final boolean hidden;
    /** Row numbers that hold cells, ascending; {@code cells[i]} are the cells of row {@code rowNumbers[i]}. */
    private final int[] rowNumbers;
    private final Cell[][] cells;
    private final List<CellRange> merges;
    private volatile MergeIndex mergeIndex;
    /**
     * Index of the row looked up last: readers walk a row cell by cell, so most lookups hit it or the next one. A
     * plain int, checked against {@code rowNumbers} before use, so a stale value from another thread is only a miss.
     */
    private int lastRow;

    private Grid(String name, int index, boolean hidden, int[] rowNumbers, Cell[][] cells, List<CellRange> merges) {
        this.name = name;
        this.index = index;
        this.hidden = hidden;
        this.rowNumbers = rowNumbers;
        this.cells = cells;
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
        return rowNumbers.length == 0 ? 0 : rowNumbers[rowNumbers.length - 1] + 1;
    }

    /** The cells of row {@code r} that hold something, left to right, without gaps ({@link Cell#col} tells where each stands). */
    public Cell[] row(int r) {
        int[] numbers = rowNumbers;
        int i = lastRow;
        if (i < numbers.length && numbers[i] == r) {
            return cells[i];
        }
        if (i + 1 < numbers.length && numbers[i + 1] == r) {
            lastRow = i + 1;
            return cells[i + 1];
        }
        i = Arrays.binarySearch(numbers, r);
        if (i < 0) {
            return NO_CELLS;
        }
        lastRow = i;
        return cells[i];
    }

    /**
     * The first row at or after {@code r} that holds a cell, or {@link #rowCount} when none does: a scan over a sheet
     * with a cell far down (A1048576) steps over the empty rows instead of visiting each.
     */
    public int nextRow(int r) {
        int[] numbers = rowNumbers;
        int last = lastRow;
        // a scan asks for the row after the one it just read: the next stored row, without a search
        if (last + 1 < numbers.length && numbers[last] < r && r <= numbers[last + 1]) {
            lastRow = last + 1;
            return numbers[last + 1];
        }
        int i = Arrays.binarySearch(numbers, Math.max(0, r));
        if (i < 0) {
            i = -i - 1;
        }
        return i < numbers.length ? numbers[i] : rowCount();
    }

    /** The cell at (row, col), or null when nothing is stored there. */
    public Cell cell(int r, int c) {
        Cell[] row = row(r);
        if (row.length == 0 || c < 0) {
            return null;
        }
        // most rows are dense from column A: the cell stands at its own index
        if (c < row.length && row[c].col() == c) {
            return row[c];
        }
        int lo = 0;
        int hi = row.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int col = row[mid].col();
            if (col < c) {
                lo = mid + 1;
            } else if (col > c) {
                hi = mid - 1;
            } else {
                return row[mid];
            }
        }
        return null;
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
        if (merges.isEmpty()) {
            return null;
        }
        if (mergeIndex == null) {
            mergeIndex = new MergeIndex(merges);
        }
        return mergeIndex.at(r, c);
    }

    /**
     * Finds the merged region over a cell in constant time: small regions by each cell they cover, the few large ones
     * (whole columns, page-wide titles) by a scan. A linear scan of every region per lookup made recognising a sheet
     * with many merges quadratic.
     */
    private static final class MergeIndex {
        private static final int SMALL = 4096;
        private static final int BUDGET = 1 << 21;
        private static final int MAX_LARGE = 2000;
        /**
         * Small regions by each cell they cover, in an open-addressed table of {@link CellAddress#key}s (−1 empty):
         * a map of boxed keys cost more to build than all lookups of a check together.
         */
        private final long[] keys;
        private final CellRange[] regions;
        private final int mask;
        private final List<CellRange> large = new ArrayList<>();

        MergeIndex(List<CellRange> merges) {
            long covered = 0;
            List<CellRange> small = new ArrayList<>();
            for (CellRange m : merges) {
                long area = ((long) m.lastRow() - m.firstRow() + 1) * ((long) m.lastCol() - m.firstCol() + 1);
                if (area <= SMALL && covered + area <= BUDGET) {
                    covered += area;
                    small.add(m);
                } else if (large.size() < MAX_LARGE) {
                    large.add(m);
                }
                // past MAX_LARGE a region is ignored: no sheet Excel writes has so many, and each would cost every lookup
            }
            int capacity = Integer.highestOneBit((int) Math.max(8, covered * 2 - 1)) << 1;
            keys = new long[capacity];
            Arrays.fill(keys, -1L);
            regions = new CellRange[capacity];
            mask = capacity - 1;
            for (CellRange m : small) {
                for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                    for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                        putIfAbsent(CellAddress.key(r, c), m);
                    }
                }
            }
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void putIfAbsent(long key, CellRange m) {
            int i = slot(key);
            while (keys[i] != -1L) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            regions[i] = m;
        }

        CellRange at(int r, int c) {
            if (!CellAddress.inRange(r, c)) {
                return null;
            }
            long key = CellAddress.key(r, c);
            for (int i = slot(key); keys[i] != -1L; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return regions[i];
                }
            }
            for (CellRange l : large) {
                if (l.contains(r, c)) {
                    return l;
                }
            }
            return null;
        }
    }

    public List<CellRange> merges() {
        return merges;
    }

    /** One past the last column of row {@code r} that holds a cell. */
    public int columnCount(int r) {
        Cell[] row = row(r);
        return row.length == 0 ? 0 : row[row.length - 1].col() + 1;
    }

    public int maxColumnCount() {
        int max = 0;
        for (Cell[] row : cells) {
            max = Math.max(max, row[row.length - 1].col() + 1);
        }
        return max;
    }

    /** A copy of this grid with the given cells put in place of whatever stood at their positions. */
    public Grid withCells(java.util.Collection<Cell> replacements) {
        Builder b = builder(name, index, hidden);
        for (Cell[] row : cells) {
            for (Cell c : row) {
                b.add(c);
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

    /** Collects cells in any order while a reader streams through a sheet; a later cell at a position replaces an earlier one. */
    public static final class Builder {
        private final String name;
        private final int index;
        private final boolean hidden;
        /** Every cell as it came; readers send them row by row, left to right, so build() only has to cut rows. */
        private Cell[] added = new Cell[64];
        private int count;
        private boolean inOrder = true;
        private long lastKey = -1;
        private final List<CellRange> merges = new ArrayList<>();

        private Builder(String name, int index, boolean hidden) {
            this.name = name;
            this.index = index;
            this.hidden = hidden;
        }

        public Builder add(Cell cell) {
            if (!CellAddress.inRange(cell.row(), cell.col())) {
                throw new IllegalArgumentException("cell outside the sheet: " + cell.row() + "," + cell.col());
            }
            long key = CellAddress.key(cell.row(), cell.col());
            if (key <= lastKey) {
                inOrder = false;
            }
            lastKey = key;
            if (count == added.length) {
                added = Arrays.copyOf(added, count * 2);
            }
            added[count++] = cell;
            return this;
        }

        public Builder merge(CellRange range) {
            if (range != null) {
                merges.add(range);
            }
            return this;
        }

        public Grid build() {
            Cell[] all = inOrder ? added : lastAtEachPosition(added, count);
            int n = inOrder ? count : all.length;
            if (n == 0) {
                return new Grid(name, index, hidden, NO_ROWS, new Cell[0][], List.copyOf(merges));
            }
            int rowsHeld = 1;
            for (int i = 1; i < n; i++) {
                if (all[i].row() != all[i - 1].row()) {
                    rowsHeld++;
                }
            }
            int[] numbers = new int[rowsHeld];
            Cell[][] cells = new Cell[rowsHeld][];
            int r = 0;
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || all[i].row() != all[start].row()) {
                    numbers[r] = all[start].row();
                    cells[r++] = Arrays.copyOfRange(all, start, i);
                    start = i;
                }
            }
            return new Grid(name, index, hidden, numbers, cells, List.copyOf(merges));
        }

        /**
         * The cells in row and column order, the last one written at a position winning (as the readers always did):
         * for cells that came out of order, as {@link #withCells} sends its replacements.
         */
        private static Cell[] lastAtEachPosition(Cell[] added, int count) {
            Cell[] sorted = Arrays.copyOf(added, count);
            // a stable sort: of the cells at one position, the one written last stays last
            Arrays.sort(sorted, java.util.Comparator.comparingLong((Cell c) -> CellAddress.key(c.row(), c.col())));
            List<Cell> out = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                Cell c = sorted[k];
                if (k + 1 == count || sorted[k + 1].row() != c.row() || sorted[k + 1].col() != c.col()) {
                    out.add(c);
                }
            }
            return out.toArray(NO_CELLS);
        }
    }
}
