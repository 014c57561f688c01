package org.suanpan.fill;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.suanpan.annotate.Annotator;
import org.suanpan.annotate.Mark;
import org.suanpan.poi.PoiWorkbooks;
import org.suanpan.read.BookFormat;
import org.suanpan.text.Money;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes filled cells into a copy of the workbook: each as a number in the number format of the amounts around it,
 * in the fill colour, with a comment naming the rule that gave it. Every other cell stays as it was.
 */
public final class FillWriter {

    public Annotator.Result write(Path input, BookFormat format, List<FilledCell> filled, Path output) throws IOException {
        List<Annotator.CellNote> notes = new ArrayList<>();
        for (FilledCell f : filled) {
            notes.add(new Annotator.CellNote(f.sheet(), f.row(), f.col(), Mark.FILLED,
                "【算盘填充】" + Money.format(f.value()) + "，按审核公式 " + f.rule() + "（" + f.formula() + "）计算得出。"));
        }
        return new Annotator().write(input, format, notes, null, output, wb -> {
            for (FilledCell f : filled) {
                put(wb, f);
            }
        });
    }

    private static void put(Workbook wb, FilledCell f) {
        Sheet sheet = wb.getSheet(f.sheet());
        if (sheet == null) {
            return;
        }
        Row row = sheet.getRow(f.row()) == null ? sheet.createRow(f.row()) : sheet.getRow(f.row());
        Cell cell = row.getCell(f.col()) == null ? row.createCell(f.col()) : row.getCell(f.col());
        if (cell.getCellType() != CellType.BLANK) {
            return;
        }
        CellStyle neighbour = neighbourStyle(sheet, f.row(), f.col());
        if (neighbour != null) {
            cell.setCellStyle(neighbour);
        }
        cell.setCellValue(f.value().doubleValue());
    }

    /** The style of the nearest number in the same row, else in the same column. */
    private static CellStyle neighbourStyle(Sheet sheet, int r, int c) {
        for (int d = 1; d < 20; d++) {
            for (int[] p : new int[][] {{r, c - d}, {r, c + d}, {r - d, c}, {r + d, c}}) {
                Row row = sheet.getRow(p[0]);
                Cell cell = p[0] < 0 || p[1] < 0 || row == null ? null : row.getCell(p[1]);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    return cell.getCellStyle();
                }
            }
        }
        return null;
    }
}
