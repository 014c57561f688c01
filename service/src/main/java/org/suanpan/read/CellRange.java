package org.suanpan.read;

/** A rectangular block of cells, zero-based and inclusive; used for merged regions. */
public record CellRange(int firstRow, int lastRow, int firstCol, int lastCol) {

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    /** Parses "A1:C3" (or a single "B2"); returns null for anything else. */
    public static CellRange parse(String ref) {
        String[] parts = ref.split(":");
        int[] a = CellAddresses.parse(parts[0]);
        int[] b = parts.length > 1 ? CellAddresses.parse(parts[1]) : a;
        if (a == null || b == null) {
            return null;
        }
        return new CellRange(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }
}
