package org.suanpan.read;

/** A1-style cell addresses, the way a spreadsheet user reads them. */
public final class CellAddresses {
    private CellAddresses() {
    }

    public static String column(int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    public static String a1(int row, int col) {
        return column(col) + (row + 1);
    }

    /** Parses "B12" into {row, col} (zero-based); returns null when the text is not an address within A1…XFD1048576. */
    public static int[] parse(String ref) {
        CellAddress a = CellAddress.parse(ref);
        return a == null ? null : new int[] {a.row(), a.col()};
    }

    /** Sheet-qualified address as reports print it: {@code 公开01表!C6}. */
    public static String qualified(String sheet, int row, int col) {
        return sheet + "!" + a1(row, col);
    }
}
