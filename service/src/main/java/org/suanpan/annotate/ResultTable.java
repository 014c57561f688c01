package org.suanpan.annotate;

import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.inspect.Inspection;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the 审核结果 sheet says, independent of how it is written: a header with the file, the time, the rule set and
 * the counts, then one line per finding — a link that jumps to the cell, the formula, both sides, the difference —
 * and an empty 说明 column for the department's explanation. Both the POI writer and the direct .xlsx writer draw it.
 */
public final class ResultTable {
    public static final String NAME = "审核结果";
    public static final List<String> COLUMNS = List.of("序号", "表名", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "类型", "说明",
        "审核意见");
    public static final int[] WIDTHS = {6, 14, 18, 26, 36, 14, 14, 12, 8, 30, 70};
    public static final int HEADER_ROW = 4;

    /** How a cell looks. */
    public enum Role { TITLE, PLAIN, HEADER, BODY, AMOUNT, INTEGER, LINK, ERROR, WARNING }

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
        List<Finding> findings = listing.findings();
        rows.add(List.of(Item.text(NAME, Role.TITLE)));
        rows.add(List.of(Item.text("文件：" + listing.fileName() + "　审核时间："
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "　版式：" + listing.edition().name()
            + "　审核公式版本：" + listing.ruleSet(), Role.PLAIN)));
        List<Finding> checked = findings.stream().filter(f -> !Inspection.SOURCE.equals(f.source())).toList();
        List<Finding> inspected = findings.stream().filter(f -> Inspection.SOURCE.equals(f.source())).toList();
        long errors = count(checked, Severity.ERROR);
        rows.add(List.of(Item.text("错误 " + errors + " 个，警告 " + count(checked, Severity.WARNING) + " 个，尾数提示 "
            + count(checked, Severity.INFO) + " 个。结论：" + (errors == 0 ? "通过" : "不通过，请改正标红的单元格；警告请在“说明”栏中说明原因。"),
            Role.PLAIN)));
        rows.add(List.of());
        rows.add(COLUMNS.stream().map(c -> Item.text(c, Role.HEADER)).toList());
        int n = 1;
        for (Finding f : checked) {
            n = add(listing, f, n);
        }
        if (!inspected.isEmpty()) {
            // the 公开检查 beside the arithmetic: its own heading line, numbering going on
            rows.add(List.of(Item.text("公开检查：错误 " + count(inspected, Severity.ERROR) + " 个，警告 " + count(inspected, Severity.WARNING)
                + " 个，待填写等提示 " + count(inspected, Severity.INFO) + " 个（完整性、细化程度、规范性；不影响上面的审核结论）", Role.PLAIN)));
            for (Finding f : inspected) {
                n = add(listing, f, n);
            }
        }
    }

    private int add(Annotator.Listing listing, Finding f, int n) {
        List<Item> row = new ArrayList<>();
        row.add(Item.number(BigDecimal.valueOf(n++), Role.INTEGER));
        row.add(Item.text(f.table() == null ? "" : listing.edition().tableName(f.table()), Role.BODY));
        boolean located = f.sheet() != null && f.cell() != null;
        row.add(new Item(located ? f.sheet() + "!" + f.cell() : "", null, Role.LINK,
            located ? "'" + f.sheet().replace("'", "''") + "'!" + f.cell() : null));
        row.add(Item.text(f.row(), Role.BODY));
        row.add(Item.text(f.formula(), Role.BODY));
        row.add(Item.number(f.left(), Role.AMOUNT));
        row.add(Item.number(f.right(), Role.AMOUNT));
        row.add(Item.number(f.difference(), Role.AMOUNT));
        row.add(Item.text(f.severity().chinese(),
            f.severity() == Severity.ERROR ? Role.ERROR : f.severity() == Severity.WARNING ? Role.WARNING : Role.BODY));
        row.add(Item.text("", Role.BODY));
        row.add(Item.text(f.message() + (f.suspect() != null ? " 最可能出错的单元格：" + f.suspect() + "。" : ""), Role.BODY));
        rows.add(row);
        return n;
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
        return rows.size() > HEADER_ROW + 1;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
