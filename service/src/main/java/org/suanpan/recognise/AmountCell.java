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
}
