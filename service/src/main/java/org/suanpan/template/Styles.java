package org.suanpan.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The styles of a blank template: title, header, labels, amounts, notes. Made once per workbook. */
final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle right;
    final CellStyle header;
    final CellStyle label;
    final CellStyle labelBold;
    final CellStyle center;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle note;

    Styles(Workbook wb) {
        Font titleFont = font(wb, 16, true);
        Font normal = font(wb, 10, false);
        Font bold = font(wb, 10, true);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        plain = wb.createCellStyle();
        plain.setFont(normal);
        right = wb.createCellStyle();
        right.setFont(normal);
        right.setAlignment(HorizontalAlignment.RIGHT);
        header = boxed(wb, bold, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        label = boxed(wb, normal, HorizontalAlignment.LEFT);
        labelBold = boxed(wb, bold, HorizontalAlignment.LEFT);
        center = boxed(wb, normal, HorizontalAlignment.CENTER);
        short money = wb.createDataFormat().getFormat("#,##0.00");
        amount = boxed(wb, normal, HorizontalAlignment.RIGHT);
        amount.setDataFormat(money);
        amountBold = boxed(wb, bold, HorizontalAlignment.RIGHT);
        amountBold.setDataFormat(money);
        note = wb.createCellStyle();
        note.setFont(normal);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static Font font(Workbook wb, int points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle boxed(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
