package org.suanpan.read;

/**
 * One cell as read from a workbook: its zero-based position, what kind of value it holds and that value as text.
 * Numbers keep the exact decimal text the file stores (no double round trip), so amounts can be read as
 * {@link java.math.BigDecimal} without float noise; a formula cell carries its cached result.
 */
public record Cell(int row, int col, CellKind kind, String text, boolean formula) {

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }

    public String address() {
        return CellAddresses.a1(row, col);
    }
}
