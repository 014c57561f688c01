package org.suanpan.read;

/**
 * One cell's position, zero-based, anywhere in Excel's sheet range A1…XFD1048576. Every reader and writer keys cells
 * with this type (or its {@link #key} where a primitive saves an object per cell), so no position outside the range is
 * accepted and no two positions inside it collide — packing them into an int did both (A262145 landed on A1).
 */
public record CellAddress(int row, int col) implements Comparable<CellAddress> {
    /** Rows of a sheet in Excel 2007 and later: 1 048 576. */
    public static final int MAX_ROWS = 1 << 20;
    /** Columns of a sheet in Excel 2007 and later: 16 384, A…XFD. */
    public static final int MAX_COLUMNS = 1 << 14;

    public CellAddress {
        if (!inRange(row, col)) {
            throw new IllegalArgumentException("cell (" + row + ", " + col + ") is outside A1…XFD1048576");
        }
    }

    public static boolean inRange(long row, long col) {
        return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS;
    }

    /** The position as one number: exact for every cell in range, and ordered row by row. */
    public long key() {
        return key(row, col);
    }

    public static long key(int row, int col) {
        return (long) row * MAX_COLUMNS + col;
    }

    public static CellAddress ofKey(long key) {
        return new CellAddress((int) (key / MAX_COLUMNS), (int) (key % MAX_COLUMNS));
    }

    public static int rowOf(long key) {
        return (int) (key / MAX_COLUMNS);
    }

    public static int colOf(long key) {
        return (int) (key % MAX_COLUMNS);
    }

    /** “B12” as a spreadsheet user reads it. */
    public String a1() {
        return CellAddresses.a1(row, col);
    }

    /**
     * Parses “B12” or “$B$12” (letters in either case); null when the text is not an address or names a cell outside
     * the sheet range. Never overflows, however long the text.
     */
    public static CellAddress parse(CharSequence ref) {
        if (ref == null) {
            return null;
        }
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        long col = 0;
        int letters = 0;
        while (i < n && isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (++letters > 3) {
                return null;
            }
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        long row = 0;
        int digits = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9') {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
            if (++digits > 7) {
                return null;
            }
        }
        if (letters == 0 || digits == 0 || i != n || !inRange(row - 1, col - 1)) {
            return null;
        }
        return new CellAddress((int) row - 1, (int) col - 1);
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    @Override
    public int compareTo(CellAddress o) {
        return Long.compare(key(), o.key());
    }

    @Override
    public String toString() {
        return a1();
    }
}
