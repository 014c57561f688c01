package org.suanpan.testing;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Generates the layouts real exports come in from a sample workbook: sheets renamed and reordered, tables shifted,
 * amounts typed as text, zeros left blank, everything on one sheet, codes wrapped onto a second line, the .xls
 * format. Each variant is a new file; the sample itself is only read.
 */
public final class Variants {
    private Variants() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** A copy of the sample changed by {@code edit}, written to {@code target}. */
    public static Path variant(Path sample, Path target, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = open(sample)) {
            edit.accept(wb);
            return write(wb, target);
        }
    }

    public static void setText(Workbook wb, String sheet, String address, String value) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        cell.setCellValue(value);
    }

    public static void setNumber(Workbook wb, String sheet, String address, double value) {
        var ref = new org.apache.poi.ss.util.CellReference(address);
        Sheet s = wb.getSheet(sheet);
        Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        cell.setCellValue(value);
    }

    /** Typing mistakes of the kind the seeds show, in either sample: a digit swapped, one more in a total, a wrong 三公 amount. */
    public static void typingMistakes(Workbook wb, String sample) {
        if (sample.equals(Fixtures.SAMPLE_2023)) {
            setNumber(wb, "公开03表", "D10", 590.21);
            setNumber(wb, "公开06表", "F5", 19.84);
            setNumber(wb, "公开09表", "G7", 2.57);
        } else {
            setNumber(wb, "表2", "C14", 892.56);
            setNumber(wb, "表7", "A7", 0.6);
            setNumber(wb, "表1", "C6", 1148.87);
        }
    }

    /** Sheet names that say nothing about the tables, in reverse order. */
    public static void renameAndReverse(Workbook wb) {
        int n = wb.getNumberOfSheets();
        for (int i = 0; i < n; i++) {
            wb.setSheetName(i, "Sheet" + (100 + i));
        }
        for (int i = 0; i < n; i++) {
            wb.setSheetOrder("Sheet" + (100 + i), 0);
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    /** The title cell of every table cleared, as when a department deletes the title row. */
    public static void withoutTitles(Workbook wb) {
        for (Sheet s : wb) {
            Row r = s.getRow(0);
            if (r != null && r.getCell(0) != null) {
                r.getCell(0).setBlank();
            }
        }
    }

    /** The 栏次 rows (“栏次 1 2 3 …”, and the 1–12 row of the 三公 table) cleared: columns must be placed by header text. */
    public static void withoutColumnNumbers(Workbook wb) {
        for (Sheet s : wb) {
            for (Row r : s) {
                boolean numberRow = isSequence(r);
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().replaceAll("\\s", "").equals("栏次")) {
                        numberRow = true;
                    }
                }
                if (numberRow) {
                    for (Cell c : r) {
                        c.setBlank();
                    }
                }
            }
        }
    }

    /** The 行次 columns (the header and every line number under it) cleared. */
    public static void withoutLineNumbers(Workbook wb) {
        for (Sheet s : wb) {
            List<Integer> lineCols = new ArrayList<>();
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().replaceAll("\\s", "").equals("行次")) {
                        lineCols.add(c.getColumnIndex());
                        c.setBlank();
                    } else if (lineCols.contains(c.getColumnIndex()) && c.getCellType() == CellType.NUMERIC) {
                        c.setBlank();
                    }
                }
            }
        }
    }

    /** Every table moved down by {@code rows} and right by {@code cols}. */
    public static void shift(Workbook wb, int rows, int cols) {
        for (Sheet s : wb) {
            int maxCol = 0;
            for (Row r : s) {
                maxCol = Math.max(maxCol, r.getLastCellNum());
            }
            s.shiftRows(0, s.getLastRowNum(), rows);
            s.shiftColumns(0, maxCol, cols);
        }
    }

    /**
     * Amounts typed as text: thousands separators, a stray space after the decimal point in some, and zeros
     * written as “-”, “—” or left blank. Frame numbers (行次, 栏次) stay as they are.
     */
    public static void amountsAsText(Workbook wb) {
        DecimalFormat f = new DecimalFormat("#,##0.00");
        int n = 0;
        for (Sheet s : wb) {
            List<int[]> frame = frameCells(s);
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.NUMERIC || contains(frame, c)) {
                        continue;
                    }
                    BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue());
                    n++;
                    if (v.signum() == 0) {
                        switch (n % 3) {
                            case 0 -> c.setCellValue("-");
                            case 1 -> c.setCellValue("—");
                            default -> c.setBlank();
                        }
                    } else {
                        String text = f.format(v);
                        c.setCellValue(n % 4 == 0 ? text.replace(".", ". ") : text);
                    }
                }
            }
        }
    }

    /** The cells under a 行次 header and in 栏次 rows: numbers that are part of the table's frame. */
    private static List<int[]> frameCells(Sheet s) {
        List<int[]> out = new ArrayList<>();
        List<Integer> lineCols = new ArrayList<>();
        for (Row r : s) {
            boolean numberRow = false;
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    String t = c.getStringCellValue().replaceAll("\\s", "");
                    if (t.equals("行次")) {
                        lineCols.add(c.getColumnIndex());
                    }
                    if (t.equals("栏次")) {
                        numberRow = true;
                    }
                }
            }
            if (!numberRow) {
                numberRow = isSequence(r);
            }
            for (Cell c : r) {
                if (numberRow || lineCols.contains(c.getColumnIndex())) {
                    out.add(new int[] {c.getRowIndex(), c.getColumnIndex()});
                }
            }
        }
        return out;
    }

    private static boolean isSequence(Row r) {
        int expect = 1;
        for (Cell c : r) {
            if (c.getCellType() == CellType.BLANK) {
                continue;
            }
            if (c.getCellType() != CellType.NUMERIC || c.getNumericCellValue() != expect) {
                return false;
            }
            expect++;
        }
        return expect > 2;
    }

    private static boolean contains(List<int[]> cells, Cell c) {
        for (int[] p : cells) {
            if (p[0] == c.getRowIndex() && p[1] == c.getColumnIndex()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Code and half the name on one line, the rest of the name and the amounts on the next — as text copied out of
     * a PDF often lands — for every 7-digit code row of the coded tables. Returns a new workbook.
     */
    public static Workbook wrappedItemRows(Workbook source) {
        XSSFWorkbook out = new XSSFWorkbook();
        for (Sheet s : source) {
            Sheet to = out.createSheet(s.getSheetName());
            List<Integer> wrappedAt = new ArrayList<>();
            int offset = 0;
            for (int r = 0; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row == null) {
                    continue;
                }
                Row target = to.createRow(r + offset);
                Cell first = row.getCell(0);
                boolean wrap = first != null && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().trim().matches("\\d{7}") && row.getCell(1) != null;
                if (!wrap) {
                    for (Cell c : row) {
                        copyValue(c, target.createCell(c.getColumnIndex()));
                    }
                    continue;
                }
                Row next = to.createRow(r + offset + 1);
                String name = row.getCell(1).getStringCellValue();
                int cut = Math.max(1, name.length() / 2);
                target.createCell(0).setCellValue(first.getStringCellValue());
                target.createCell(1).setCellValue(name.substring(0, cut));
                next.createCell(1).setCellValue(name.substring(cut));
                for (Cell c : row) {
                    if (c.getColumnIndex() >= 2) {
                        copyValue(c, next.createCell(c.getColumnIndex()));
                    }
                }
                wrappedAt.add(r);
                offset++;
            }
            for (CellRangeAddress m : s.getMergedRegions()) {
                int before = (int) wrappedAt.stream().filter(w -> w < m.getFirstRow()).count();
                to.addMergedRegion(new CellRangeAddress(m.getFirstRow() + before, m.getLastRow() + before,
                    m.getFirstColumn(), m.getLastColumn()));
            }
        }
        return out;
    }

    /** Every table on one sheet, one under another, after a contents sheet that lists their titles. */
    public static Workbook stackedOnOneSheet(Workbook source) {
        XSSFWorkbook out = new XSSFWorkbook();
        Sheet contents = out.createSheet("目录");
        Sheet all = out.createSheet("决算公开表");
        int offset = 0;
        int line = 0;
        for (Sheet s : source) {
            Row title = s.getRow(0);
            String text = title == null || title.getCell(0) == null ? s.getSheetName() : title.getCell(0).getStringCellValue();
            contents.createRow(line).createCell(0).setCellValue((line + 1) + "、" + text + "……" + (line + 1));
            line++;
            copySheet(s, all, offset, 0);
            offset += s.getLastRowNum() + 4;
        }
        Sheet notes = out.createSheet("说明");
        notes.createRow(0).createCell(0).setCellValue("本套报表金额单位转换时可能存在尾数误差。");
        return out;
    }

    /** The workbook in Excel 97–2003 format: values, formulas' results and merged regions. */
    public static HSSFWorkbook asXls(Workbook source) {
        HSSFWorkbook out = new HSSFWorkbook();
        for (Sheet s : source) {
            copySheet(s, out.createSheet(s.getSheetName()), 0, 0);
        }
        return out;
    }

    private static void copySheet(Sheet from, Sheet to, int rowOffset, int colOffset) {
        for (Row r : from) {
            Row target = to.getRow(r.getRowNum() + rowOffset);
            if (target == null) {
                target = to.createRow(r.getRowNum() + rowOffset);
            }
            for (Cell c : r) {
                copyValue(c, target.createCell(c.getColumnIndex() + colOffset));
            }
        }
        for (CellRangeAddress m : from.getMergedRegions()) {
            to.addMergedRegion(new CellRangeAddress(m.getFirstRow() + rowOffset, m.getLastRow() + rowOffset,
                m.getFirstColumn() + colOffset, m.getLastColumn() + colOffset));
        }
    }

    private static void copyValue(Cell from, Cell to) {
        CellType type = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType() : from.getCellType();
        switch (type) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case STRING -> to.setCellValue(from.getStringCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            default -> {
            }
        }
    }
}
