package org.suanpan.recognise;

import java.util.Map;

/** A row being assembled from one or more physical rows, before it is frozen into a {@link TableRow}. */
final class RowDraft {
    final RowKind kind;
    final Integer line;
    final String code;
    final String side;
    /** The label while it has one part (most rows): no builder, no copy on {@link #freeze}. */
    private String label = "";
    private StringBuilder wrapped;
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
            String part = text.trim();
            if (wrapped != null) {
                wrapped.append(part);
            } else if (label.isEmpty()) {
                label = part;
            } else {
                wrapped = new StringBuilder(label).append(part);
            }
        }
    }

    void takeCells(Map<Integer, AmountCell> cells, boolean hasAmounts, int sheetRow) {
        this.cells = cells;
        this.hasAmounts = hasAmounts;
        this.sheetRow = sheetRow;
    }

    TableRow freeze() {
        return new TableRow(kind, line, code, wrapped != null ? wrapped.toString() : label, side, sheetRow, cells);
    }
}
