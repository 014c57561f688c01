package org.suanpan.recognise;

import java.util.Map;

/** A row being assembled from one or more physical rows, before it is frozen into a {@link TableRow}. */
final class RowDraft {
    final RowKind kind;
    final Integer line;
    final String code;
    final String side;
    final StringBuilder label = new StringBuilder();
    int sheetRow;
    /** Replaced by {@link #takeCells} as soon as the row has its cells; a row without any keeps this empty map. */
    Map<Integer, AmountCell> cells = Map.of();
    boolean hasAmounts;

    RowDraft(RowKind kind, Integer line, String code, String side, String label, int sheetRow) {
        this.kind = kind;
        this.line = line;
        this.code = code;
        this.side = side;
        this.sheetRow = sheetRow;
        appendLabel(label);
    }

    void appendLabel(String text) {
        if (text != null && !text.isBlank()) {
            label.append(text.trim());
        }
    }

    void takeCells(Map<Integer, AmountCell> cells, boolean hasAmounts, int sheetRow) {
        this.cells = cells;
        this.hasAmounts = hasAmounts;
        this.sheetRow = sheetRow;
    }

    TableRow freeze() {
        return new TableRow(kind, line, code, label.toString(), side, sheetRow, cells);
    }
}
