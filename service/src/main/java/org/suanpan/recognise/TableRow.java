package org.suanpan.recognise;

import java.util.Collections;
import java.util.Map;

/**
 * One logical row of a recognised table — a 行次 line, a 科目 row, 合计 — with its amount cells by 栏次 number.
 * A code printed on one line and its name or amounts on the next are already joined into one row here. The cells
 * map is in ascending 栏次 order, as the readers build it.
 */
public final class TableRow {
    private final RowKind kind;
    private final Integer line;
    private final String code;
    private final String label;
    private final String side;
    private final int sheetRow;
    private final Map<Integer, AmountCell> cells;
    private final AmountCell[] byColumn;
    private String classCode;
    private boolean lineFromLabel;
    private String key;
    private java.util.List<Integer> columns;
    private boolean blankLine;

    public TableRow(RowKind kind, Integer line, String code, String label, String side, int sheetRow,
                    Map<Integer, AmountCell> cells) {
        this.kind = kind;
        this.line = line;
        this.code = code;
        this.label = label == null ? "" : label;
        this.side = side;
        this.sheetRow = sheetRow;
        this.cells = Collections.unmodifiableMap(cells);
        int max = 0;
        for (int k : cells.keySet()) {
            max = Math.max(max, k);
        }
        this.byColumn = new AmountCell[max + 1];
        cells.forEach((k, v) -> {
            if (k >= 0) {
                byColumn[k] = v;
            }
        });
        this.classCode = code != null && code.length() == 3 ? code : null;
    }

    public RowKind kind() {
        return kind;
    }

    /** The 行次, for lines of a two-sided table. */
    public Integer line() {
        return line;
    }

    /** The 科目代码 (3, 5 or 7 digits), for coded rows. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The label normalised for matching: no ordinal, spaces or quotes. */
    public String key() {
        if (key == null) {
            key = org.suanpan.text.Text.label(label);
        }
        return key;
    }

    /** 收入 or 支出 in a two-sided table, else null. */
    public String side() {
        return side;
    }

    /** Zero-based sheet row where the amounts stand. */
    public int sheetRow() {
        return sheetRow;
    }

    /** The 功能分类 类 this row stands for: the code of a 类 row or the class of a 公开01/04 line. */
    public String classCode() {
        return classCode;
    }

    void classCode(String classCode) {
        this.classCode = classCode;
    }

    /** The 行次 was not printed but found by matching the label to the table's lines. */
    public boolean lineFromLabel() {
        return lineFromLabel;
    }

    /** The same row under another 行次 (for lines placed by label, once the edition is known). */
    TableRow withLine(int no) {
        TableRow r = new TableRow(kind, no, code, label, side, sheetRow, cells);
        r.lineFromLabel = true;
        return r;
    }

    /** The same row on the 行次 its label names ({@code null}: on no line of the edition), printed or not. */
    TableRow placedAt(Integer no) {
        TableRow r = new TableRow(kind, no, code, label, side, sheetRow, cells);
        r.lineFromLabel = lineFromLabel;
        return r;
    }

    void markLineFromLabel() {
        this.lineFromLabel = true;
    }

    /** A numbered line with no item: nothing may be entered on it. */
    public boolean blankLine() {
        return blankLine;
    }

    void blankLine(boolean blankLine) {
        this.blankLine = blankLine;
    }

    public Map<Integer, AmountCell> cells() {
        return cells;
    }

    /** The 栏次 numbers this row has cells under, ascending. */
    public java.util.List<Integer> columns() {
        if (columns == null) {
            columns = java.util.List.copyOf(cells.keySet());
        }
        return columns;
    }

    public AmountCell cell(int column) {
        return column >= 0 && column < byColumn.length ? byColumn[column] : null;
    }

    /** Level of a code row: 1 for 类 (3 digits), 2 for 款 (5), 3 for 项 (7); 0 otherwise. */
    public int level() {
        if (code == null) {
            return 0;
        }
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    /** How a person names the row: “27行 本年收入合计”, “2101550 事业运行”, “合计”. */
    public String describe() {
        return switch (kind) {
            case LINE -> line + "行" + (label.isEmpty() ? "" : " " + label);
            case CODE -> code + (label.isEmpty() ? "" : " " + label);
            case TOTAL -> "合计";
            case NAMED -> label;
            case SINGLE -> "数据行";
        };
    }

    @Override
    public String toString() {
        return describe() + " " + cells.keySet();
    }
}
