package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Writes a computed number into a blank cell through POI, in the number format of the amounts around it. */
final class CellValues {
    private CellValues() {
    }

    static void putIfBlank(Workbook wb, String sheetName, int r, int c, String value) {
        Sheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            return;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (cell.getCellType() != CellType.BLANK) {
            return;
        }
        CellStyle neighbour = neighbourStyle(sheet, r, c);
        if (neighbour != null) {
            cell.setCellStyle(neighbour);
        }
        cell.setCellValue(Double.parseDouble(value));
    }

    /** The style of the nearest number in the same row, else in the same column. */
    private static CellStyle neighbourStyle(Sheet sheet, int r, int c) {
        for (int d = 1; d < 20; d++) {
            for (int[] p : new int[][] {{r, c - d}, {r, c + d}, {r - d, c}, {r + d, c}}) {
                Row row = p[0] < 0 ? null : sheet.getRow(p[0]);
                Cell cell = p[1] < 0 || row == null ? null : row.getCell(p[1]);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    return cell.getCellStyle();
                }
            }
        }
        return null;
    }
}
