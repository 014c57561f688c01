package org.suanpan.read;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.annotate.Annotator;
import org.suanpan.annotate.Mark;
import org.suanpan.testing.BadInputs;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every cell of Excel's range A1…XFD1048576 is read and written at its own position, and none outside it is taken. */
class CellPositionsTest {
    @TempDir
    Path dir;

    private static final String[] CORNERS = {"A1", "A262145", "B262145", "XFC16", "XFD16", "XFD1", "A1048576", "XFD1048576"};

    private Path cornersXlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("边角");
            for (String a : CORNERS) {
                Variants.setText(wb, "边角", a, "值" + a);
            }
            return Variants.write(wb, dir.resolve("corners.xlsx"));
        }
    }

    @Test
    void everyCornerOfTheSheetIsReadAtItsOwnPosition() throws Exception {
        Grid g = BookReader.read(cornersXlsx()).sheets().get(0);
        for (String a : CORNERS) {
            CellAddress at = CellAddress.parse(a);
            Cell cell = g.cell(at.row(), at.col());
            assertNotNull(cell, a);
            assertEquals("值" + a, cell.text(), a);
            assertEquals(a, cell.address());
        }
        assertEquals(CellAddress.MAX_ROWS, g.rowCount());
        assertEquals(CellAddress.MAX_COLUMNS, g.maxColumnCount());
        assertNull(g.cell(15, 7), "nothing lands on H16");
    }

    @Test
    void cellsWithoutReferenceFollowTheOneBeforeThemUpToXfd() throws Exception {
        Path xlsx = cornersXlsx();
        String part = BadInputs.firstSheetPart(xlsx);
        Path edited = BadInputs.withRow(xlsx, dir.resolve("noref.xlsx"), part,
            "<row r=\"20\"><c r=\"XFC20\" t=\"inlineStr\"><is><t>左</t></is></c><c t=\"inlineStr\"><is><t>右</t></is></c></row>");
        Grid g = BookReader.read(edited).sheets().get(0);
        assertEquals("右", g.cell(19, CellAddress.MAX_COLUMNS - 1).text());
        Path past = BadInputs.withRow(xlsx, dir.resolve("past.xlsx"), part,
            "<row r=\"21\"><c r=\"XFD21\" t=\"inlineStr\"><is><t>左</t></is></c><c t=\"inlineStr\"><is><t>越界</t></is></c></row>");
        assertTrue(assertThrows(UnusableInputException.class, () -> BookReader.read(past)).getMessage().contains("XFD1048576"));
    }

    @Test
    void rowsAndColumnsPastExcelsRangeAreRefusedBeforeAnythingIsAllocated() throws Exception {
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2023);
        String part = BadInputs.firstSheetPart(sample);
        for (String row : List.of("<row r=\"2000000000\"><c r=\"A2000000000\"><v>1</v></c></row>",
            "<row r=\"1048577\"><c><v>1</v></c></row>",
            "<row r=\"99999999999\"><c><v>1</v></c></row>",
            "<row r=\"30\"><c r=\"XFE30\"><v>1</v></c></row>",
            "<row r=\"30\"><c r=\"AAAAA30\"><v>1</v></c></row>")) {
            Path bad = BadInputs.withRow(sample, dir.resolve("far.xlsx"), part, row);
            UnusableInputException e = assertThrows(UnusableInputException.class, () -> BookReader.read(bad), row);
            assertTrue(e.getMessage().contains("超出了 Excel 的范围"), e.getMessage());
        }
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedWithWhatToShorten() throws Exception {
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2023);
        String part = BadInputs.firstSheetPart(sample);
        Path bad = BadInputs.withRow(sample, dir.resolve("long.xlsx"), part,
            "<row r=\"90\"><c r=\"A90\" t=\"inlineStr\"><is><t>" + "长".repeat(ReadLimits.MAX_CELL_CHARS + 1) + "</t></is></c></row>");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> BookReader.read(bad));
        assertTrue(e.getMessage().contains("32767"), e.getMessage());
    }

    @Test
    void theLastCellOfAnXlsIsReadAtItsPosition() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("旧表");
            Variants.setText(wb, "旧表", "A1", "标题");
            Variants.setText(wb, "旧表", "IV65536", "末格");
            Path xls = Variants.write(wb, dir.resolve("old.xls"));
            Grid g = BookReader.read(xls).sheets().get(0);
            assertEquals("标题", g.cell(0, 0).text());
            assertEquals("末格", g.cell(65535, 255).text());
        }
    }

    @Test
    void annotationsLandOnTheLastRowAndColumnAndLeaveA1Alone() throws Exception {
        Path xlsx = cornersXlsx();
        List<Annotator.CellNote> notes = List.of(
            new Annotator.CellNote("边角", CellAddress.MAX_ROWS - 1, CellAddress.MAX_COLUMNS - 1, Mark.ERROR, "末格的批注"),
            new Annotator.CellNote("边角", 262144, 0, Mark.ERROR, "A262145 的批注"));
        for (boolean poi : new boolean[] {false, true}) {
            Path out = dir.resolve("annotated-" + poi + ".xlsx");
            System.setProperty("suanpan.annotate.poi", String.valueOf(poi));
            try {
                new Annotator().write(xlsx, BookFormat.XLSX, notes, Map.of(), null, out);
            } finally {
                System.clearProperty("suanpan.annotate.poi");
            }
            try (Workbook wb = Variants.open(out)) {
                var s = wb.getSheet("边角");
                assertTrue(s.getCellComment(new org.apache.poi.ss.util.CellAddress("XFD1048576")).getString().getString().endsWith("末格的批注"));
                assertTrue(s.getCellComment(new org.apache.poi.ss.util.CellAddress("A262145")).getString().getString().endsWith("A262145 的批注"));
                assertNull(s.getCellComment(new org.apache.poi.ss.util.CellAddress("A1")), "poi=" + poi);
                assertEquals("值A1", s.getRow(0).getCell(0).getStringCellValue());
                assertEquals("值XFD1048576", s.getRow(CellAddress.MAX_ROWS - 1).getCell(CellAddress.MAX_COLUMNS - 1).getStringCellValue());
            }
        }
    }

    @Test
    void addressesParseExactlyOverTheWholeRangeAndNowhereElse() {
        assertEquals(new CellAddress(CellAddress.MAX_ROWS - 1, CellAddress.MAX_COLUMNS - 1), CellAddress.parse("XFD1048576"));
        assertEquals(new CellAddress(262144, 0), CellAddress.parse("A262145"));
        assertEquals(new CellAddress(1, 1), CellAddress.parse("$B$2"));
        for (String bad : List.of("XFE1", "A1048577", "A0", "A99999999999", "ZZZZZZZZZZZZZZ1", "1A", "A", "")) {
            assertNull(CellAddress.parse(bad), bad);
        }
        long last = new CellAddress(CellAddress.MAX_ROWS - 1, CellAddress.MAX_COLUMNS - 1).key();
        assertEquals(new CellAddress(CellAddress.MAX_ROWS - 1, CellAddress.MAX_COLUMNS - 1), CellAddress.ofKey(last));
        assertTrue(new CellAddress(262144, 0).key() != new CellAddress(0, 0).key());
    }
}
