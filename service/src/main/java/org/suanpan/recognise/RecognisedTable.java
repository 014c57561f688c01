package org.suanpan.recognise;

import org.suanpan.definition.TableDef;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the nine tables found in a workbook: where it stands (sheet, title cell) and its rows, addressable the
 * way the rules address them — by 行次, by 科目代码, as 合计 or by label.
 */
public final class RecognisedTable {
    private static final int MAX_INDEXED_LINE = 1024;
    private final TableDef def;
    private final String sheet;
    private final int sheetIndex;
    private final int titleRow;
    private final int titleCol;
    private final String titleText;
    private final List<TableRow> rows;
    /** Rows by 行次, the first row of a number winning: an array, as every rule term that names a line looks here. */
    private final TableRow[] byLine;
    /** The rows whose 行次 is too large for {@link #byLine} (a typing slip such as 3100): rare, so a map. */
    private final Map<Integer, TableRow> farLines;
    private final Map<String, TableRow> byCode;
    private Map<String, TableRow> byLabel;
    private Map<String, TableRow> byClass;
    private final Map<TableRow, List<TableRow>> children = new java.util.IdentityHashMap<>();
    private TableRow total;
    private TableRow single;

    public RecognisedTable(TableDef def, String sheet, int sheetIndex, int titleRow, int titleCol, String titleText,
                           List<TableRow> rows) {
        this.def = def;
        this.sheet = sheet;
        this.sheetIndex = sheetIndex;
        this.titleRow = titleRow;
        this.titleCol = titleCol;
        this.titleText = titleText;
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
        this.farLines = new java.util.HashMap<>();
        this.byCode = new java.util.HashMap<>();
        int maxLine = -1;
        for (TableRow r : rows) {
            if (r.line() != null && r.line() >= 0 && r.line() <= MAX_INDEXED_LINE) {
                maxLine = Math.max(maxLine, r.line());
            }
        }
        this.byLine = new TableRow[maxLine + 1];
        for (TableRow r : rows) {
            if (r.line() != null) {
                if (r.line() >= 0 && r.line() <= MAX_INDEXED_LINE) {
                    if (byLine[r.line()] == null) {
                        byLine[r.line()] = r;
                    }
                } else {
                    farLines.putIfAbsent(r.line(), r);
                }
            }
            if (r.code() != null) {
                byCode.putIfAbsent(r.code(), r);
            }
            if (r.kind() == RowKind.TOTAL && total == null) {
                total = r;
            }
            if (r.kind() == RowKind.SINGLE) {
                single = r;
            }
        }
    }

    /** The same rows under another definition, sharing the indexes (never changed once built); the lazy caches start afresh. */
    private RecognisedTable(RecognisedTable same, TableDef def) {
        this.def = def;
        this.sheet = same.sheet;
        this.sheetIndex = same.sheetIndex;
        this.titleRow = same.titleRow;
        this.titleCol = same.titleCol;
        this.titleText = same.titleText;
        this.rows = same.rows;
        this.byLine = same.byLine;
        this.farLines = same.farLines;
        this.byCode = same.byCode;
        this.total = same.total;
        this.single = same.single;
    }

    public String id() {
        return def.id();
    }

    public TableDef def() {
        return def;
    }

    /** The same table read under another edition's definition (line labels, blank lines). */
    public RecognisedTable withDef(TableDef other) {
        if (rows.stream().noneMatch(TableRow::lineFromLabel)) {
            // nothing to renumber: the same rows, indexed as they are, under the other definition
            markLines(other, rows);
            if (other == def) {
                byClass = null;
                return this;
            }
            return new RecognisedTable(this, other);
        }
        List<TableRow> renumbered = new ArrayList<>(rows.size());
        // a label printed on several lines (预算04's (一)…(三) under 本年收入 and again under 上年结转) takes the next free one
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (TableRow r : rows) {
            TableRow row = r;
            if (r.lineFromLabel()) {
                for (var l : other.lines()) {
                    if (l.side().equals(r.side()) && l.named(r.key()) && !taken.contains(l.side() + l.no())) {
                        row = r.withLine(l.no());
                        break;
                    }
                }
            }
            if (row.line() != null) {
                taken.add(row.side() + row.line());
            }
            renumbered.add(row);
        }
        RecognisedTable t = new RecognisedTable(other, sheet, sheetIndex, titleRow, titleCol, titleText, renumbered);
        markLines(other, renumbered);
        return t;
    }

    /** Each row takes from the definition's line of its 行次 whether the line is printed blank, and its 类. */
    private static void markLines(TableDef other, List<TableRow> rows) {
        if (other.lines().isEmpty()) {
            return;
        }
        // the definition's lines by 行次, the first of a number winning as in TableDef.line: one pass, not one per row
        Map<Integer, org.suanpan.definition.LineDef> byNo = new java.util.HashMap<>();
        for (var l : other.lines()) {
            byNo.putIfAbsent(l.no(), l);
        }
        for (TableRow r : rows) {
            if (r.line() != null) {
                var l = byNo.get(r.line());
                if (l != null) {
                    r.blankLine(l.blank());
                    if (l.classCode() != null) {
                        r.classCode(l.classCode());
                    }
                }
            }
        }
    }

    public String sheet() {
        return sheet;
    }

    public int sheetIndex() {
        return sheetIndex;
    }

    public int titleRow() {
        return titleRow;
    }

    public int titleCol() {
        return titleCol;
    }

    public String titleText() {
        return titleText;
    }

    public List<TableRow> rows() {
        return rows;
    }

    public Optional<TableRow> line(int no) {
        if (no >= 0 && no <= MAX_INDEXED_LINE) {
            return no < byLine.length ? Optional.ofNullable(byLine[no]) : Optional.empty();
        }
        return Optional.ofNullable(farLines.get(no));
    }

    public Optional<TableRow> code(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<TableRow> total() {
        return Optional.ofNullable(total);
    }

    /** The data row of a single-row table. */
    public Optional<TableRow> single() {
        return Optional.ofNullable(single);
    }

    public Optional<TableRow> labelled(String label) {
        if (byLabel == null) {
            Map<String, TableRow> map = new LinkedHashMap<>();
            for (TableRow r : rows) {
                if (!r.label().isEmpty()) {
                    map.putIfAbsent(r.key(), r);
                }
            }
            byLabel = map;
        }
        return Optional.ofNullable(byLabel.get(Text.label(label)));
    }

    /** The row of a 功能分类 类: a 3-digit code row, or the 公开01/04 line of that class. */
    public Optional<TableRow> ofClass(String classCode) {
        if (byClass == null) {
            Map<String, TableRow> map = new java.util.HashMap<>();
            for (TableRow r : rows) {
                if (r.classCode() != null && (r.kind() == RowKind.LINE || r.level() == 1)) {
                    map.putIfAbsent(r.classCode(), r);
                }
            }
            byClass = map;
        }
        return Optional.ofNullable(byClass.get(classCode));
    }

    /**
     * Direct children by code: the 款 of a 类, the 项 of a 款; where a code has none two digits longer, the rows of the
     * next longer code under it (the 6-digit 单位 of a 3-digit 部门).
     */
    public List<TableRow> children(TableRow parent) {
        if (parent.code() == null) {
            return List.of();
        }
        return children.computeIfAbsent(parent, p -> {
            List<TableRow> out = under(p.code(), p.code().length() + 2);
            if (out.isEmpty()) {
                int next = Integer.MAX_VALUE;
                for (TableRow r : rows) {
                    if (r.code() != null && r.code().length() > p.code().length() && r.code().startsWith(p.code())) {
                        next = Math.min(next, r.code().length());
                    }
                }
                out = next == Integer.MAX_VALUE ? out : under(p.code(), next);
            }
            return List.copyOf(out);
        });
    }

    private List<TableRow> under(String code, int len) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            if (r.code() != null && r.code().length() == len && r.code().startsWith(code)) {
                out.add(r);
            }
        }
        return out;
    }

    public List<TableRow> atLevel(int level) {
        if (level < 0 || level > 3) {
            return List.of();
        }
        List<TableRow>[] cache = byLevel;
        if (cache == null) {
            // a level depends on the code alone, which never changes: worked out once, as 各类 rules ask at every place
            @SuppressWarnings("unchecked")
            List<TableRow>[] levels = new List[4];
            for (int l = 0; l < 4; l++) {
                levels[l] = new ArrayList<>();
            }
            for (TableRow r : rows) {
                levels[r.level()].add(r);
            }
            for (int l = 0; l < 4; l++) {
                levels[l] = List.copyOf(levels[l]);
            }
            byLevel = cache = levels;
        }
        return cache[level];
    }

    private volatile List<TableRow>[] byLevel;

    /** Every amount cell of the table, row by row. */
    public List<AmountCell> cells() {
        List<AmountCell> out = new ArrayList<>();
        for (TableRow r : rows) {
            out.addAll(r.cells().values());
        }
        return out;
    }
}
