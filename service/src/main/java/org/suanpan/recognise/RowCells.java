package org.suanpan.recognise;

import org.suanpan.read.Amount;
import org.suanpan.read.Amounts;
import org.suanpan.read.Grid;

import java.util.LinkedHashMap;
import java.util.Map;

/** The amount cells of one physical row under the numbered columns, and whether any holds something. */
record RowCells(Map<Integer, AmountCell> cells, boolean any) {

    static RowCells at(Grid grid, int row, Map<Integer, Integer> columns) {
        Map<Integer, AmountCell> cells = new LinkedHashMap<>();
        boolean any = false;
        for (Map.Entry<Integer, Integer> e : columns.entrySet()) {
            Amount a = Amounts.of(grid.cell(row, e.getValue()));
            cells.put(e.getKey(), new AmountCell(grid.name(), row, e.getValue(), a));
            any |= a.status() != Amount.Status.BLANK;
        }
        return new RowCells(cells, any);
    }
}
