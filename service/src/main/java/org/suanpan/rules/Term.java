package org.suanpan.rules;

import java.math.BigDecimal;

/** One term of a formula: a cell, a sum over related rows, or a constant. */
public sealed interface Term {

    /**
     * A cell: table, row and column. {@code column} is null when not written (the bound column, or the row's only
     * amount); {@code eachColumn} marks 各栏.
     */
    record CellTerm(String table, RowSelector row, Integer column, boolean eachColumn) implements Term {
    }

    /** {@code 其下各款之和}, {@code 各类行之和}: a sum over rows related to the current one. */
    record Sum(String table, SumKind kind, Integer column) implements Term {
    }

    record Constant(BigDecimal value) implements Term {
    }

    enum SumKind {
        /** The direct children of the current row by code: 款 of a 类, 项 of a 款. */
        CHILDREN,
        /** Every 类 row of the table. */
        CLASSES
    }
}
