package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.read.CellAddresses;

import java.math.BigDecimal;
import java.util.List;

/** Findings of the 公开检查 in the shape of every other finding: at a paragraph and its words, or at a table's cell. */
final class Findings {
    static final String SOURCE = Inspection.SOURCE;

    private Findings() {
    }

    /** A gap in the text: the paragraph, the words quoted, and the figures stated and expected when there are any. */
    static Finding text(ChecklistItem item, Words at, String quote, String message, BigDecimal stated, BigDecimal computed) {
        BigDecimal diff = stated != null && computed != null ? stated.subtract(computed) : null;
        return new Finding(item.code(), item.severity(), null, null, null, List.of(), "第" + (at.paragraph + 1) + "段", formula(item), null,
            stated, computed, diff, null, null, message, SOURCE, new Finding.Narrative(at.paragraph, quote, stated, computed));
    }

    /** A gap in a table: at one amount cell (or at the table's title when {@code cell} is null). */
    static Finding table(ChecklistItem item, RecognisedTable table, AmountCell cell, String row, String message) {
        String address = cell != null ? cell.address() : CellAddresses.a1(table.titleRow(), table.titleCol());
        String ref = cell != null ? cell.ref() : CellAddresses.qualified(table.sheet(), table.titleRow(), table.titleCol());
        return new Finding(item.code(), item.severity(), table.id(), table.sheet(), address, List.of(ref), row, formula(item), null,
            cell == null ? null : cell.value(), null, null, null, null, message, SOURCE, null);
    }

    /** A gap at a text cell of a table's sheet (a note under the table). */
    static Finding note(ChecklistItem item, RecognisedTable table, int row, int col, String message) {
        return new Finding(item.code(), item.severity(), table.id(), table.sheet(), CellAddresses.a1(row, col),
            List.of(CellAddresses.qualified(table.sheet(), row, col)), "表注", formula(item), null, null, null, null, null, null, message,
            SOURCE, null);
    }

    /** A gap of the whole publication with no one place. */
    static Finding general(ChecklistItem item, String message) {
        return new Finding(item.code(), item.severity(), null, null, null, List.of(), null, formula(item), null, null, null, null, null, null,
            message, SOURCE, null);
    }

    private static String formula(ChecklistItem item) {
        return "公开检查：" + item.kind();
    }
}
