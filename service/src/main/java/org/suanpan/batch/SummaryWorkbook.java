package org.suanpan.batch;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.suanpan.check.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch's 汇总 workbook: one row per workbook (文件, 部门, 年度, 版式, 错误数, 警告数, 结论), every finding of every
 * workbook on a second sheet, and the ratios with the departments that stand far outside on a third. Written
 * streaming, so a batch of a thousand workbooks costs no more memory than a batch of ten.
 */
public final class SummaryWorkbook {
    static final List<String> SUMMARY = List.of("序号", "文件", "部门", "年度", "版式", "错误数", "警告数", "结论", "说明");
    static final List<String> FINDINGS = List.of("文件", "部门", "规则", "类型", "表", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "审核意见");
    static final List<String> HINTS = List.of("文件", "部门", "比率", "本部门", "本批中位数", "稳健 z 值", "提示");

    private SummaryWorkbook() {
    }

    public static void write(BatchSummary summary, Path out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(out)) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));

            Sheet s = sheet(wb, "汇总", SUMMARY, header, new int[]{6, 40, 30, 8, 8, 8, 8, 14, 60});
            int r = 1;
            for (BatchRow row : summary.rows()) {
                Row x = s.createRow(r);
                x.createCell(0).setCellValue(r);
                x.createCell(1).setCellValue(row.file());
                x.createCell(2).setCellValue(row.department());
                x.createCell(3).setCellValue(row.year());
                x.createCell(4).setCellValue(row.edition().isEmpty() ? "" : row.edition() + "年版");
                x.createCell(5).setCellValue(row.errors());
                x.createCell(6).setCellValue(row.warnings());
                x.createCell(7).setCellValue(row.conclusion());
                x.createCell(8).setCellValue(row.message() == null ? "" : row.message());
                r++;
            }
            Row total = s.createRow(r);
            total.createCell(1).setCellValue("合计：" + summary.rows().size() + " 个工作簿，无法审核 " + summary.failed() + " 个");
            total.createCell(5).setCellValue(summary.errors());
            total.createCell(6).setCellValue(summary.warnings());

            Sheet f = sheet(wb, "审核结果", FINDINGS, header, new int[]{36, 24, 10, 6, 10, 16, 26, 36, 14, 14, 12, 70});
            r = 1;
            for (BatchRow row : summary.rows()) {
                for (Finding finding : row.findings()) {
                    Row x = f.createRow(r++);
                    x.createCell(0).setCellValue(row.file());
                    x.createCell(1).setCellValue(row.department());
                    x.createCell(2).setCellValue(finding.rule());
                    x.createCell(3).setCellValue(finding.severity().chinese());
                    x.createCell(4).setCellValue(nz(finding.table()));
                    x.createCell(5).setCellValue(finding.sheet() == null || finding.cell() == null ? "" : finding.sheet() + "!" + finding.cell());
                    x.createCell(6).setCellValue(nz(finding.row()));
                    x.createCell(7).setCellValue(nz(finding.formula()));
                    amount(x, 8, finding.left(), money);
                    amount(x, 9, finding.right(), money);
                    amount(x, 10, finding.difference(), money);
                    x.createCell(11).setCellValue(nz(finding.message()));
                }
            }

            Sheet h = sheet(wb, "比率与提示", HINTS, header, new int[]{36, 24, 22, 12, 12, 10, 90});
            r = 1;
            for (Outlier o : summary.outliers()) {
                Row x = h.createRow(r++);
                x.createCell(0).setCellValue(o.file());
                x.createCell(1).setCellValue(o.department());
                x.createCell(2).setCellValue(o.measure());
                x.createCell(3).setCellValue(o.value());
                x.getCell(3).setCellStyle(percent);
                x.createCell(4).setCellValue(o.median());
                x.getCell(4).setCellStyle(percent);
                x.createCell(5).setCellValue(Math.round(o.score() * 10) / 10.0);
                x.createCell(6).setCellValue(o.message());
            }
            if (summary.outliers().isEmpty()) {
                h.createRow(r++).createCell(0).setCellValue(summary.rows().size() < Outliers.MIN_WORKBOOKS
                    ? "本批工作簿少于 " + Outliers.MIN_WORKBOOKS + " 个，不做部门间比较。" : "没有明显偏离本批中位数的部门。");
            }
            r++;
            Row title = h.createRow(r++);
            title.createCell(0).setCellValue("各部门比率");
            Row names = h.createRow(r++);
            names.createCell(0).setCellValue("文件");
            names.createCell(1).setCellValue("部门");
            for (int i = 0; i < summary.ratios().size(); i++) {
                names.createCell(2 + i).setCellValue(summary.ratios().get(i).name());
                names.getCell(2 + i).setCellStyle(header);
            }
            for (BatchRow row : summary.rows()) {
                if (!row.usable()) {
                    continue;
                }
                Row x = h.createRow(r++);
                x.createCell(0).setCellValue(row.file());
                x.createCell(1).setCellValue(row.department());
                for (int i = 0; i < summary.ratios().size(); i++) {
                    Double v = row.ratios().get(summary.ratios().get(i).name());
                    if (v != null) {
                        x.createCell(2 + i).setCellValue(v);
                        x.getCell(2 + i).setCellStyle(percent);
                    }
                }
            }
            wb.write(os);
            wb.dispose();
        }
    }

    private static Sheet sheet(SXSSFWorkbook wb, String name, List<String> columns, CellStyle header, int[] widths) {
        SXSSFSheet s = wb.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            r.createCell(i).setCellValue(columns.get(i));
            r.getCell(i).setCellStyle(header);
            s.setColumnWidth(i, widths[i] * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    private static void amount(Row row, int col, BigDecimal v, CellStyle style) {
        if (v != null) {
            row.createCell(col).setCellValue(v.doubleValue());
            row.getCell(col).setCellStyle(style);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
