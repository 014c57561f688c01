package org.suanpan.annotate;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The 审核结果 sheet added to an annotated workbook: a header with the file, the time, the rule set and the counts,
 * then one line per finding — a link that jumps to the cell, the formula, both sides, the difference — and an empty
 * 说明 column for the department's explanation.
 */
final class ResultSheet {
    static final String NAME = "审核结果";
    static final List<String> COLUMNS = List.of("序号", "表名", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "类型", "说明", "审核意见");
    private static final int[] WIDTHS = {6, 14, 18, 26, 36, 14, 14, 12, 8, 30, 70};
    static final int HEADER_ROW = 4;

    private ResultSheet() {
    }

    /** Adds the sheet at the end of the workbook under a name no existing sheet has. */
    static Sheet add(Workbook wb, Annotator.Listing listing) {
        List<Finding> findings = listing.findings();
        Sheet s = wb.createSheet(freeName(wb));
        Styles st = new Styles(wb);
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = s.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, "审核结果", st.title);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        text(s.createRow(1), 0, "文件：" + listing.fileName() + "　审核时间："
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "　版式：" + listing.edition().name()
            + "　审核公式版本：" + listing.ruleSet(), null);
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        long infos = count(findings, Severity.INFO);
        text(s.createRow(2), 0, "错误 " + errors + " 个，警告 " + warnings + " 个，尾数提示 " + infos + " 个。结论："
            + (errors == 0 ? "通过" : "不通过，请改正标红的单元格；警告请在“说明”栏中说明原因。"), null);
        Row head = s.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) {
            text(head, c, COLUMNS.get(c), st.header);
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = HEADER_ROW + 1;
        int n = 1;
        for (Finding f : findings) {
            Row row = s.createRow(r++);
            number(row, 0, BigDecimal.valueOf(n++), st.integer);
            text(row, 1, f.table() == null ? "" : listing.edition().tableName(f.table()), st.body);
            Cell link = text(row, 2, f.sheet() == null ? "" : f.sheet() + "!" + f.cell(), st.link);
            if (f.sheet() != null && f.cell() != null) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress("'" + f.sheet().replace("'", "''") + "'!" + f.cell());
                link.setHyperlink(h);
            }
            text(row, 3, nz(f.row()), st.body);
            text(row, 4, nz(f.formula()), st.body);
            number(row, 5, f.left(), st.amount);
            number(row, 6, f.right(), st.amount);
            number(row, 7, f.difference(), st.amount);
            text(row, 8, f.severity().chinese(), f.severity() == Severity.ERROR ? st.error : f.severity() == Severity.WARNING ? st.warning : st.body);
            text(row, 9, "", st.body);
            text(row, 10, f.message() + (f.suspect() != null ? " 最可能出错的单元格：" + f.suspect() + "。" : ""), st.body);
        }
        s.createFreezePane(0, HEADER_ROW + 1);
        PageSetup.landscapeOnePageWide(s, HEADER_ROW);
        if (!findings.isEmpty()) {
            s.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.size() - 1));
        }
        return s;
    }

    private static String freeName(Workbook wb) {
        String name = NAME;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = WorkbookUtil.createSafeSheetName(NAME + "(" + i + ")");
        }
        return name;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    private static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
        return c;
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The handful of styles the sheet uses, created once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle amount;
        final CellStyle integer;
        final CellStyle link;
        final CellStyle error;
        final CellStyle warning;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(IndexedColors.BLUE.getIndex());
            title = wb.createCellStyle();
            title.setFont(big);
            header = bordered(wb);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            body = bordered(wb);
            body.setWrapText(true);
            amount = bordered(wb);
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            integer = bordered(wb);
            link = bordered(wb);
            link.setFont(blue);
            error = bordered(wb);
            error.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            error.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            warning = bordered(wb);
            warning.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            warning.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
