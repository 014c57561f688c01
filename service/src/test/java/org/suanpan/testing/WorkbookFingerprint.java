package org.suanpan.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a person could notice about a workbook, cell by cell and sheet by sheet, as comparable strings: values,
 * formulas, number formats, fonts, alignment, borders, fills, comments; merged regions, column widths, visibility,
 * defined names. Annotate and fill must leave all of it as it was but for the marks they add.
 */
public final class WorkbookFingerprint {
    /** Per cell ("Sheet!A1"): everything but the fill. */
    public final Map<String, String> cells = new LinkedHashMap<>();
    /** Per cell: the fill alone. */
    public final Map<String, String> fills = new LinkedHashMap<>();
    /** Per cell: comment text. */
    public final Map<String, String> comments = new LinkedHashMap<>();
    /** Per sheet: merged regions, column widths, visibility. */
    public final Map<String, String> sheets = new LinkedHashMap<>();
    public final List<String> sheetOrder = new ArrayList<>();
    public final List<String> names = new ArrayList<>();

    public static WorkbookFingerprint of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return of(wb);
        }
    }

    public static WorkbookFingerprint of(Workbook wb) {
        WorkbookFingerprint f = new WorkbookFingerprint();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            f.sheetOrder.add(s.getSheetName());
            List<String> merges = new ArrayList<>();
            for (CellRangeAddress m : s.getMergedRegions()) {
                merges.add(m.formatAsString());
            }
            merges.sort(null);
            int maxCol = 0;
            for (Row r : s) {
                maxCol = Math.max(maxCol, r.getLastCellNum());
                for (Cell c : r) {
                    String key = s.getSheetName() + "!" + c.getAddress();
                    f.cells.put(key, describe(wb, c) + "|h=" + r.getHeight());
                    f.fills.put(key, c.getCellStyle().getFillPattern() + ":" + c.getCellStyle().getFillForegroundColor()
                        + ":" + String.valueOf(c.getCellStyle().getFillForegroundColorColor() == null ? ""
                        : c.getCellStyle().getFillForegroundColorColor().hashCode()));
                    Comment cm = c.getCellComment();
                    if (cm != null && cm.getString() != null) {
                        f.comments.put(key, cm.getString().getString());
                    }
                }
            }
            StringBuilder widths = new StringBuilder();
            for (int c = 0; c <= maxCol; c++) {
                widths.append(s.getColumnWidth(c)).append(s.isColumnHidden(c) ? "h" : "").append(',');
            }
            List<String> validations = new ArrayList<>();
            for (var v : s.getDataValidations()) {
                validations.add(java.util.Arrays.toString(v.getRegions().getCellRangeAddresses()) + ":" + v.getValidationConstraint().getValidationType()
                    + ":" + v.getValidationConstraint().getFormula1() + ":" + java.util.Arrays.toString(v.getValidationConstraint().getExplicitListValues()));
            }
            validations.sort(null);
            f.sheets.put(s.getSheetName(), "merges=" + merges + " validations=" + validations + " widths=" + widths + " hidden=" + wb.isSheetHidden(i)
                + " veryHidden=" + wb.isSheetVeryHidden(i));
        }
        wb.getAllNames().forEach(n -> f.names.add(n.getNameName() + "=" + n.getRefersToFormula()));
        return f;
    }

    private static String describe(Workbook wb, Cell c) {
        CellStyle st = c.getCellStyle();
        Font font = wb.getFontAt(st.getFontIndex());
        String value = switch (c.getCellType()) {
            case NUMERIC -> "n:" + c.getNumericCellValue();
            case STRING -> "s:" + c.getStringCellValue();
            case BOOLEAN -> "b:" + c.getBooleanCellValue();
            case FORMULA -> "f:" + c.getCellFormula();
            case ERROR -> "e:" + c.getErrorCellValue();
            default -> "";
        };
        return value + "|fmt=" + st.getDataFormatString() + "|font=" + font.getFontName() + "," + font.getFontHeightInPoints() + ","
            + font.getBold() + "," + font.getItalic() + "," + font.getColor() + "|align=" + st.getAlignment() + "/"
            + st.getVerticalAlignment() + "/" + st.getWrapText() + "|border=" + st.getBorderTop() + st.getBorderBottom()
            + st.getBorderLeft() + st.getBorderRight() + "|locked=" + st.getLocked();
    }
}
