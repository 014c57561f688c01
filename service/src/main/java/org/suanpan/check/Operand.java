package org.suanpan.check;

import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.TableRow;

import java.math.BigDecimal;

/** A cell as one term of a relation, with its sign and the row it stands in. */
public record Operand(int sign, String table, AmountCell cell, TableRow tableRow) {

    public BigDecimal signedValue() {
        return sign < 0 ? cell.value().negate() : cell.value();
    }

    /** The row as a person names it: “27行 本年收入合计”. */
    public String row() {
        return tableRow.describe();
    }
}
