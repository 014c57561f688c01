package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.suanpan.read.CellAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes computed numbers into blank cells through POI, in the number format of the amounts around them
 * ({@link NeighbourFormat}), judged on the sheet as it was — so the order the cells are written in changes nothing.
 */
final class CellValues {
    private final Workbook wb;
    private final Map<Long, CellStyle> styles = new HashMap<>();

    CellValues(Workbook wb) {
        this.wb = wb;
    }

    /** Writes each value into its cell if the cell is blank. */
    void putIfBlank(String sheetName, Map<CellAddress, String> values) {
        Sheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            return;
        }
        NeighbourFormat.Cells cells = cells(sheet);
        Map<CellAddress, Short> formats = new HashMap<>();
        values.keySet().forEach(key -> {
            int[] at = NeighbourFormat.nearestNumber(cells, key.row(), key.col());
            if (at != null) {
                formats.put(key, sheet.getRow(at[0]).getCell(at[1]).getCellStyle().getDataFormat());
            }
        });
        values.forEach((key, value) -> {
            int r = key.row();
            int c = key.col();
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
            if (cell.getCellType() != CellType.BLANK) {
                return;
            }
            Short format = formats.get(key);
            CellStyle own = cell.getCellStyle();
            if (format != null && own.getDataFormat() != format) {
                cell.setCellStyle(styles.computeIfAbsent(((long) own.getIndex() << 16) | (format & 0xFFFF), k -> {
                    CellStyle s = wb.createCellStyle();
                    s.cloneStyleFrom(own);
                    s.setDataFormat(format);
                    return s;
                }));
            }
            cell.setCellValue(Double.parseDouble(value));
        });
    }

    private static NeighbourFormat.Cells cells(Sheet sheet) {
        return new NeighbourFormat.Cells() {
            List<int[]> formatted;

            @Override
            public NeighbourFormat.Kind kind(int r, int c) {
                return CellValues.kind(sheet, r, c);
            }

            @Override
            public List<int[]> formattedNumbers() {
                if (formatted == null) {
                    formatted = new ArrayList<>();
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (CellValues.kind(sheet, cell.getRowIndex(), cell.getColumnIndex()) == NeighbourFormat.Kind.FORMATTED_NUMBER) {
                                formatted.add(new int[] {cell.getRowIndex(), cell.getColumnIndex()});
                            }
                        }
                    }
                }
                return formatted;
            }

            @Override
            public Object formatOf(int r, int c) {
                return sheet.getRow(r).getCell(c).getCellStyle().getDataFormat();
            }
        };
    }

    private static NeighbourFormat.Kind kind(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return NeighbourFormat.Kind.NONE;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return NeighbourFormat.Kind.NONE;
        }
        return cell.getCellStyle().getDataFormat() == 0 ? NeighbourFormat.Kind.GENERAL_NUMBER : NeighbourFormat.Kind.FORMATTED_NUMBER;
    }
}
