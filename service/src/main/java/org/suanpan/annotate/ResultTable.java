package org.suanpan.annotate;

import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.inspect.Inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.suanpan.report.Summary;
import org.suanpan.report.Units;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the 审核结果 sheet says, independent of how it is written: a header with the file, department, year and counts,
 * the summary a person acts on (what to fix first, what 自动填充 fills, what wants a 说明, what was not checked), lines
 * for 审核人 and 日期, then one line per finding — a link that jumps to the cell, the formula, both sides, the
 * difference — and the 说明 column for the department's explanation, filled with what it wrote on an earlier copy.
 * Hidden columns carry what a later annotation needs: each finding's {@link Finding#key() key}, and the {@link
 * #MARKER marker} with the record of every mark ({@link MarkRecord}) so that re-annotating removes them. Both the POI
 * writer and the direct .xlsx writer draw it.
 */
public final class ResultTable {
    public static final String NAME = "审核结果";
    public static final List<String> COLUMNS = List.of("序号", "规则", "表名", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "类型",
        "说明", "审核意见", "键");
    public static final int[] WIDTHS = {6, 8, 14, 14, 24, 32, 12, 12, 10, 7, 30, 60, 10};
    /** The index of the 说明 column, the one the department writes in. */
    public static final int EXPLANATION = COLUMNS.indexOf("说明");
    /** The hidden column holding each finding's key. */
    public static final int KEY = COLUMNS.size() - 1;
    /** The hidden column whose first cell is the marker and whose cells below hold the record of the marks. */
    public static final int RECORD = COLUMNS.size() + 1;
    /** Starts the marker cell: an annotated copy carrying it was written by Suanpan, and its marks can be removed. */
    public static final String MARKER = "算盘审核标记 1";
    public static final int HEADER_ROW = 9;
    /** The row with the colours' legend; every other row above the header is one text across the sheet. */
    public static final int LEGEND_ROW = HEADER_ROW - 2;
    /** Characters per cell of the mark record, well below a cell's limit of 32 767. */
    private static final int RECORD_CHUNK = 30_000;

    /** How a cell looks. */
    public enum Role { TITLE, PLAIN, HEADER, BODY, AMOUNT, INTEGER, LINK, ERROR, WARNING, SUSPECT, FILLED }

    /** One cell: text or a number, how it looks, and for 单元格 the place it links to. */
    public record Item(String text, BigDecimal number, Role role, String link) {
        static Item text(String text, Role role) {
            return new Item(text == null ? "" : text, null, role, null);
        }

        static Item number(BigDecimal n, Role role) {
            return new Item(null, n, role, null);
        }
    }

    private final List<List<Item>> rows = new ArrayList<>();

    public ResultTable(Annotator.Listing listing) {
        this(listing, List.of());
    }

    /** The sheet, with the record of the marks put on the workbook's cells in the hidden column. */
    public ResultTable(Annotator.Listing listing, List<MarkRecord> marks) {
        this(listing, marks, NAME);
    }

    /** The table under another title (the 审核报告 printed on its own). */
    public ResultTable(Annotator.Listing listing, List<MarkRecord> marks, String title) {
        List<Finding> findings = listing.findings();
        Map<String, String> explanations = listing.explanations();
        rows.add(withRecord(List.of(Item.text(title, Role.TITLE)), MARKER));
        StringBuilder head = new StringBuilder("文件：" + listing.fileName());
        head.append("　部门：").append(orUnknown(listing.department())).append("　年度：").append(orUnknown(listing.year()));
        head.append("　版式：").append(listing.edition().name()).append("　审核时间：")
            .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        rows.add(List.of(Item.text(head.toString(), Role.PLAIN)));
        List<Finding> checked = findings.stream().filter(f -> !Inspection.SOURCE.equals(f.source())).toList();
        List<Finding> inspected = findings.stream().filter(f -> Inspection.SOURCE.equals(f.source())).toList();
        long errors = count(checked, Severity.ERROR);
        long warnings = count(checked, Severity.WARNING);
        long explainedWarnings = checked.stream().filter(f -> f.severity() == Severity.WARNING && explanations.containsKey(f.key())).count();
        rows.add(List.of(Item.text("错误 " + errors + " 个，警告 " + warnings + " 个" + (explainedWarnings > 0 ? "（已说明 " + explainedWarnings + " 个）" : "")
            + "，尾数提示 " + count(checked, Severity.INFO) + " 个。结论：" + (errors == 0 ? "通过" : "不通过，请改正标红的单元格；警告请在“说明”栏中说明原因。"),
            Role.PLAIN)));
        Summary summary = listing.summary();
        for (Summary.Kind kind : List.of(Summary.Kind.FIX, Summary.Kind.FILL, Summary.Kind.EXPLAIN, Summary.Kind.UNCHECKED)) {
            List<Summary.Item> items = summary == null ? List.of() : summary.of(kind);
            String text = items.isEmpty() ? "无" : String.join(" ", items.stream().map(Summary.Item::text).toList());
            rows.add(List.of(Item.text(kind.chinese() + "：" + text, Role.PLAIN)));
        }
        rows.add(List.of(Item.text("图例：", Role.PLAIN), Item.text("错误", Role.ERROR), Item.text("最可能出错", Role.SUSPECT),
            Item.text("警告", Role.WARNING), Item.text("自动填充", Role.FILLED), Item.text("（单元格的批注写明原因）", Role.PLAIN)));
        rows.add(List.of(Item.text("审核人：＿＿＿＿＿＿＿＿　　复核人：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", Role.PLAIN)));
        rows.add(COLUMNS.stream().map(c -> Item.text(c, Role.HEADER)).toList());
        int n = 1;
        Set<String> listed = new HashSet<>();
        for (Finding f : checked) {
            n = add(listing, f, n, explanations, listed);
        }
        if (!inspected.isEmpty()) {
            // the 公开检查 beside the arithmetic: its own heading line, numbering going on
            rows.add(List.of(Item.text("公开检查：错误 " + count(inspected, Severity.ERROR) + " 个，警告 " + count(inspected, Severity.WARNING)
                + " 个，待填写等提示 " + count(inspected, Severity.INFO) + " 个（完整性、细化程度、规范性；不影响上面的审核结论）", Role.PLAIN)));
            for (Finding f : inspected) {
                n = add(listing, f, n, explanations, listed);
            }
        }
        // a 说明 whose finding is gone (corrected, or the rule changed) is kept, not silently dropped
        for (Map.Entry<String, String> e : explanations.entrySet()) {
            if (listed.contains(e.getKey())) {
                continue;
            }
            List<Item> row = new ArrayList<>();
            row.add(Item.text("", Role.BODY));
            String[] parts = e.getKey().split("\\|", -1);
            row.add(Item.text(parts[0], Role.BODY));
            row.add(Item.text("", Role.BODY));
            row.add(Item.text(parts.length > 1 ? parts[1] : "", Role.BODY));
            row.add(Item.text(parts.length > 2 ? parts[2] : "", Role.BODY));
            for (int i = 0; i < 4; i++) {
                row.add(Item.text("", Role.BODY));
            }
            row.add(Item.text("已消除", Role.BODY));
            row.add(Item.text(e.getValue(), Role.BODY));
            row.add(Item.text("上次审核时的问题，这次已不存在；说明保留在这里。", Role.BODY));
            row.add(Item.text(e.getKey(), Role.PLAIN));
            rows.add(row);
        }
        List<String> chunks = MarkRecord.encode(marks, RECORD_CHUNK);
        for (int i = 0; i < chunks.size(); i++) {
            int r = i + 1;
            while (rows.size() <= r) {
                rows.add(List.of());
            }
            rows.set(r, withRecord(rows.get(r), chunks.get(i)));
        }
    }

    private int add(Annotator.Listing listing, Finding f, int n, Map<String, String> explanations, Set<String> listed) {
        List<Item> row = new ArrayList<>();
        row.add(Item.number(BigDecimal.valueOf(n++), Role.INTEGER));
        row.add(Item.text(f.rule(), Role.BODY));
        row.add(Item.text(f.table() == null ? "" : listing.edition().tableName(f.table()), Role.BODY));
        boolean located = f.sheet() != null && f.cell() != null;
        row.add(new Item(located ? f.sheet() + "!" + f.cell() : "", null, Role.LINK,
            located ? "'" + f.sheet().replace("'", "''") + "'!" + f.cell() : null));
        row.add(Item.text(f.row(), Role.BODY));
        row.add(Item.text(f.formula(), Role.BODY));
        if (Units.PERCENT.equals(Units.of(f))) {
            // a share or a rate: printed with its per cent sign, not as an amount of 万元
            row.add(Item.text(Units.format(f, f.left()), Role.BODY));
            row.add(Item.text(Units.format(f, f.right()), Role.BODY));
            row.add(Item.text(Units.format(f, f.difference()), Role.BODY));
        } else {
            row.add(Item.number(f.left(), Role.AMOUNT));
            row.add(Item.number(f.right(), Role.AMOUNT));
            row.add(Item.number(f.difference(), Role.AMOUNT));
        }
        row.add(Item.text(f.severity().chinese(),
            f.severity() == Severity.ERROR ? Role.ERROR : f.severity() == Severity.WARNING ? Role.WARNING : Role.BODY));
        row.add(Item.text(explanations.getOrDefault(f.key(), ""), Role.BODY));
        row.add(Item.text(f.message() + (f.suspect() != null ? " 最可能出错的单元格：" + f.suspect() + "。" : ""), Role.BODY));
        row.add(Item.text(f.key(), Role.PLAIN));
        listed.add(f.key());
        rows.add(row);
        return n;
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "（未识别）" : s;
    }

    /** The row with {@code text} put in the hidden record column. */
    private static List<Item> withRecord(List<Item> row, String text) {
        List<Item> out = new ArrayList<>(row);
        while (out.size() < RECORD) {
            out.add(null);
        }
        out.add(Item.text(text, Role.PLAIN));
        return out;
    }

    /** Lines a summary text across the whole sheet needs. */
    public static int summaryLines(String text) {
        int width = 0;
        for (int c = 0; c < KEY; c++) {
            width += WIDTHS[c];
        }
        return Math.max(1, Math.min(8, (int) Math.ceil(text.length() * 2.0 / width)));
    }

    /** Rows a long text is likely to need at this column's width, for a row height that prints it whole. */
    public static int lines(List<Item> row) {
        int lines = 1;
        for (int c = 0; c < Math.min(row.size(), KEY); c++) {
            Item item = row.get(c);
            if (item != null && item.text() != null && item.role() == Role.BODY) {
                // a CJK character is about two width units
                lines = Math.max(lines, (int) Math.ceil(item.text().length() * 2.0 / Math.max(1, WIDTHS[c] - 1)));
            }
        }
        return Math.min(lines, 15);
    }

    /** Rows from the top of the sheet; an empty list is an empty row. */
    public List<List<Item>> rows() {
        return rows;
    }

    /** Zero-based index of the last row. */
    public int lastRow() {
        return rows.size() - 1;
    }

    public boolean hasFindings() {
        return rows.size() > HEADER_ROW + 1 && rows.get(HEADER_ROW + 1).size() > 1;
    }

    /** Zero-based index of the last row listing a finding (or a kept 说明), for the filter range. */
    public int lastListedRow() {
        int last = HEADER_ROW;
        for (int r = HEADER_ROW + 1; r < rows.size(); r++) {
            if (rows.get(r).size() > 1 && rows.get(r).get(0) != null) {
                last = r;
            }
        }
        return last;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
