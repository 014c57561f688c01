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

import java.util.List;

/** Writes the {@link ResultTable} as a new sheet through POI's object model (for .xls, and the .xlsx fallback). */
final class ResultSheet {
    private ResultSheet() {
    }

    /** Adds the sheet at the end of the workbook under a name no existing sheet has. */
    static Sheet add(Workbook wb, Annotator.Listing listing, List<MarkRecord> marks) {
        return add(wb, listing, marks, freeName(wb));
    }

    static Sheet add(Workbook wb, Annotator.Listing listing, List<MarkRecord> marks, String name) {
        ResultTable table = new ResultTable(listing, marks, name.startsWith(ResultTable.NAME) ? ResultTable.NAME : name);
        Sheet s = wb.createSheet(name);
        Styles st = new Styles(wb);
        for (int c = 0; c < ResultTable.WIDTHS.length; c++) {
            s.setColumnWidth(c, ResultTable.WIDTHS[c] * 256);
        }
        CreationHelper helper = wb.getCreationHelper();
        List<List<ResultTable.Item>> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            List<ResultTable.Item> items = rows.get(r);
            if (r > ResultTable.HEADER_ROW && items.size() > 1) {
                row.setHeightInPoints(15f * ResultTable.lines(items));
            }
            for (int c = 0; c < items.size(); c++) {
                ResultTable.Item item = items.get(c);
                if (item == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (item.number() != null) {
                    cell.setCellValue(item.number().doubleValue());
                } else if (item.text() != null && !(item.text().isEmpty() && item.role() == ResultTable.Role.AMOUNT)) {
                    cell.setCellValue(org.suanpan.text.Xml.safe(item.text()));
                }
                CellStyle style = st.of(item.role());
                if (style != null) {
                    cell.setCellStyle(style);
                }
                if (item.link() != null) {
                    Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                    h.setAddress(org.suanpan.text.Xml.safe(item.link()));
                    cell.setHyperlink(h);
                }
            }
        }
        s.getRow(0).setHeightInPoints(24);
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, ResultTable.KEY - 1));
        for (int r = 1; r < ResultTable.HEADER_ROW; r++) {
            if (r != ResultTable.LEGEND_ROW) {
                s.addMergedRegion(new CellRangeAddress(r, r, 0, ResultTable.KEY - 1));
                Cell first = s.getRow(r).getCell(0);
                if (first != null) {
                    first.setCellStyle(st.wrapped);
                    s.getRow(r).setHeightInPoints(15f * ResultTable.summaryLines(first.getStringCellValue()));
                }
            }
        }
        s.createFreezePane(0, ResultTable.HEADER_ROW + 1);
        for (int c = ResultTable.KEY; c <= ResultTable.RECORD; c++) {
            s.setColumnHidden(c, true);
        }
        s.getPrintSetup().setLandscape(true);
        wb.setPrintArea(wb.getSheetIndex(s), 0, ResultTable.KEY - 1, 0, table.lastListedRow());
        PageSetup.landscapeOnePageWide(s, ResultTable.HEADER_ROW);
        if (table.hasFindings()) {
            s.setAutoFilter(new CellRangeAddress(ResultTable.HEADER_ROW, table.lastListedRow(), 0, ResultTable.COLUMNS.size() - 1));
        }
        return s;
    }

    private static String freeName(Workbook wb) {
        String name = ResultTable.NAME;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = WorkbookUtil.createSafeSheetName(ResultTable.NAME + "(" + i + ")");
        }
        return name;
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
        final CellStyle suspect;
        final CellStyle filled;
        final CellStyle wrapped;

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
            error = shaded(wb, IndexedColors.ROSE);
            warning = shaded(wb, IndexedColors.LIGHT_YELLOW);
            suspect = shaded(wb, IndexedColors.RED);
            filled = shaded(wb, IndexedColors.PALE_BLUE);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle of(ResultTable.Role role) {
            return switch (role) {
                case TITLE -> title;
                case PLAIN -> null;
                case HEADER -> header;
                case BODY -> body;
                case AMOUNT -> amount;
                case INTEGER -> integer;
                case LINK -> link;
                case ERROR -> error;
                case WARNING -> warning;
                case SUSPECT -> suspect;
                case FILLED -> filled;
            };
        }

        /** A bordered style filled with one colour: the marks' colours, as the legend shows them. */
        private static CellStyle shaded(Workbook wb, IndexedColors color) {
            CellStyle s = bordered(wb);
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            return s;
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
