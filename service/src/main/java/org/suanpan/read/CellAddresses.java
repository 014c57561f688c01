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

    /** Parses "B12" into {row, col} (zero-based); returns null when the text is not an address. */
    public static int[] parse(String ref) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        int i = 0;
        int col = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == ref.length()) {
            return null;
        }
        int row = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < '0' || ch > '9') {
                return null;
            }
            row = row * 10 + (ch - '0');
        }
        return new int[] {row - 1, col - 1};
    }

    /** Sheet-qualified address as reports print it: {@code 公开01表!C6}. */
    public static String qualified(String sheet, int row, int col) {
        return sheet + "!" + a1(row, col);
    }
}
