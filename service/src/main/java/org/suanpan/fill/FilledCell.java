package org.suanpan.fill;

import org.suanpan.read.CellAddresses;

import java.math.BigDecimal;

/** A blank cell that fill computed: where, the value, and the rule that determines it. */
public record FilledCell(String table, String sheet, int row, int col, BigDecimal value, String rule, String formula) {

    public String address() {
        return CellAddresses.a1(row, col);
    }

    public String ref() {
        return CellAddresses.qualified(sheet, row, col);
    }
}
