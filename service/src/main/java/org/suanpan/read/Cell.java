package org.suanpan.read;

import org.suanpan.text.Text;

/**
 * One cell as read from a workbook: its zero-based position, what kind of value it holds and that value as text.
 * Numbers keep the exact decimal text the file stores (no double round trip), so amounts can be read as
 * {@link java.math.BigDecimal} without float noise; a formula cell carries its cached result. The normalised text
 * is worked out once, on first use, because recognition looks at the same header cells many times.
 */
public final class Cell {
    private final int row;
    private final int col;
    private final CellKind kind;
    private final String text;
    private final boolean formula;
    private String norm;

    public Cell(int row, int col, CellKind kind, String text, boolean formula) {
        this.row = row;
        this.col = col;
        this.kind = kind;
        this.text = text;
        this.formula = formula;
    }

    public int row() {
        return row;
    }

    public int col() {
        return col;
    }

    public CellKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** Whether the file stores a formula here (the text is then its cached result). */
    public boolean formula() {
        return formula;
    }

    /** The text as {@link Text#norm} gives it. */
    public String norm() {
        String n = norm;
        if (n == null) {
            n = Text.norm(text);
            norm = n;
        }
        return n;
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && norm().isEmpty());
    }

    public String address() {
        return CellAddresses.a1(row, col);
    }

    @Override
    public String toString() {
        return address() + "=" + text;
    }
}
