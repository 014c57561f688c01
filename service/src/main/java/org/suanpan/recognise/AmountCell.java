package org.suanpan.recognise;

import org.suanpan.read.Amount;
import org.suanpan.read.CellAddresses;

import java.math.BigDecimal;

/**
 * The place of one amount in a table — sheet, row, column — and what is written there. Blank positions are kept
 * too: a relation reads them as zero, and fill writes into them.
 */
public record AmountCell(String sheet, int row, int col, Amount amount) {

    public BigDecimal value() {
        return amount.value();
    }

    public boolean empty() {
        return amount.empty();
    }

    public String address() {
        return CellAddresses.a1(row, col);
    }

    /** {@code Sheet!A1}, as reports print it. */
    public String ref() {
        return CellAddresses.qualified(sheet, row, col);
    }

    /** Two amount cells are the same cell when they stand at the same place, whatever they hold. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AmountCell other && row == other.row && col == other.col && sheet.equals(other.sheet);
    }

    @Override
    public int hashCode() {
        return (sheet.hashCode() * 31 + row) * 31 + col;
    }
}
