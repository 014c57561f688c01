package org.suanpan.check;

import org.suanpan.recognise.AmountCell;

import java.math.BigDecimal;

/** A cell as one term of a relation, with its sign and the row it stands for. */
public record Operand(int sign, String table, AmountCell cell, String row) {

    public BigDecimal signedValue() {
        return sign < 0 ? cell.value().negate() : cell.value();
    }
}
