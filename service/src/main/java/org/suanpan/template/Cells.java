package org.suanpan.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Small helpers to put values into a sheet being drawn. */
final class Cells {
    private Cells() {
    }

    static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    static Cell text(Row row, int col, String text, CellStyle style) {
        Cell c = row.getCell(col) != null ? row.getCell(col) : row.createCell(col);
        if (text != null && !text.isEmpty()) {
            c.setCellValue(text);
        }
        c.setCellStyle(style);
        return c;
    }

    static Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.getCell(col) != null ? row.getCell(col) : row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    static Cell empty(Row row, int col, CellStyle style) {
        return text(row, col, null, style);
    }
}
