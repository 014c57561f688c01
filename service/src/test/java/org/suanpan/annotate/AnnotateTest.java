package org.suanpan.annotate;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Office;
import org.suanpan.testing.Variants;
import org.suanpan.testing.WorkbookFingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The annotated copy marks and explains what is wrong and changes nothing else. */
class AnnotateTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private Path mistaken(String sample) throws IOException {
        return Variants.variant(Fixtures.sample(sample), dir.resolve("mistaken.xlsx"), wb -> Variants.typingMistakes(wb, sample));
    }

    private Path annotate(Path input, Path output) throws IOException {
        CheckResult r = engine.check(input);
        new Annotator().annotate(input, r, output);
        return output;
    }

    private static Set<String> marked(CheckResult r) {
        Set<String> out = new HashSet<>();
        Annotator.notes(r.findings()).forEach(n -> out.add(n.sheet() + "!" + org.suanpan.read.CellAddresses.a1(n.row(), n.col())));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void everyOriginalCellSurvivesButForTheFillOfMarkedCells(String sample) throws IOException {
        Path in = mistaken(sample);
        Path out = annotate(in, dir.resolve("annotated.xlsx"));
        Set<String> marked = marked(engine.check(in));
        assertTrue(marked.size() >= 3, "marks expected: " + marked);
        assertSurvives(in, out, marked);
    }

    /** The same promise from the POI path, which takes the packages the direct writer refuses. */
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void everyOriginalCellSurvivesThePoiPathToo(String sample) throws Exception {
        Path in = mistaken(sample);
        Path out = withPoi(() -> annotate(in, dir.resolve("annotated-poi.xlsx")));
        assertSurvives(in, out, marked(engine.check(in)));
        if (!Office.skipped()) {
            assertTrue(Office.text(Office.toPdf(out)).contains("审核结果"));
        }
    }

    /** A workbook as Excel and POI write it — shared strings, styled empty cells — rather than inline strings. */
    @Test
    void aWorkbookWithSharedStringsSurvivesToo() throws Exception {
        Path in = Variants.variant(Path.of("..", "templates", "blank", "2023.xlsx"), dir.resolve("typed.xlsx"), wb -> {
            Variants.setNumber(wb, "公开01表", "C7", 100);
            Variants.setNumber(wb, "公开01表", "C33", 90);
            Variants.setNumber(wb, "公开09表", "B8", 5);
        });
        CheckResult r = engine.check(in);
        assertTrue(r.count(Severity.ERROR) >= 2, r.findings().toString());
        Path out = annotate(in, dir.resolve("typed-annotated.xlsx"));
        assertSurvives(in, out, marked(r));
        if (!Office.skipped()) {
            assertTrue(Office.text(Office.toPdf(out)).contains("审核结果"));
        }
    }

    private static <T> T withPoi(java.util.concurrent.Callable<T> action) throws Exception {
        System.setProperty("suanpan.annotate.poi", "true");
        try {
            return action.call();
        } finally {
            System.clearProperty("suanpan.annotate.poi");
        }
    }

    @Test
    void xlsStaysXlsAndEveryCellSurvives() throws IOException {
        Path xls;
        try (XSSFWorkbook wb = Variants.open(mistaken(Fixtures.SAMPLE_2022)); Workbook h = Variants.asXls(wb)) {
            xls = Variants.write(h, dir.resolve("mistaken.xls"));
        }
        Path out = annotate(xls, dir.resolve("annotated.xls"));
        try (InputStream is = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(is)) {
            assertTrue(wb instanceof HSSFWorkbook, "an .xls stays .xls");
            assertNotNull(wb.getSheet("审核结果"));
        }
        assertSurvives(xls, out, marked(engine.check(xls)));
    }

    private static void assertSurvives(Path in, Path out, Set<String> marked) throws IOException {
        WorkbookFingerprint before = WorkbookFingerprint.of(in);
        WorkbookFingerprint after = WorkbookFingerprint.of(out);
        List<String> expectedOrder = new ArrayList<>(before.sheetOrder);
        expectedOrder.add("审核结果");
        assertEquals(expectedOrder, after.sheetOrder);
        before.sheets.forEach((sheet, layout) -> assertEquals(layout, after.sheets.get(sheet), sheet));
        assertTrue(after.names.containsAll(before.names), "defined names kept: " + before.names);
        after.names.stream().filter(n -> !before.names.contains(n))
            .forEach(n -> assertTrue(n.contains("审核结果"), "only the new sheet adds names: " + n));
        for (var e : before.cells.entrySet()) {
            assertEquals(e.getValue(), after.cells.get(e.getKey()), e.getKey());
            if (marked.contains(e.getKey())) {
                assertNotEquals(before.fills.get(e.getKey()), after.fills.get(e.getKey()), "marked " + e.getKey());
            } else {
                assertEquals(before.fills.get(e.getKey()), after.fills.get(e.getKey()), e.getKey());
            }
        }
        before.comments.forEach((cell, text) -> assertTrue(after.comments.get(cell).contains(text), cell));
        for (String cell : marked) {
            assertTrue(after.comments.containsKey(cell), "comment on " + cell);
        }
    }

    /**
     * Printed by LibreOffice, the 审核报告 shows every column and every message whole (the rows are as tall as their
     * text), the summary, the legend and the signature lines — and no rule-set hash in its header.
     */
    @Test
    void theReportAndTheResultSheetPrintWhole() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "LibreOffice runs in the integration phase");
        Path in = Fixtures.example(Fixtures.FAULTY_2022);
        CheckResult r = engine.check(in);
        Path report = new Annotator().report(r, dir.resolve("审核报告.xlsx"));
        String text = Office.text(Office.toPdf(report)).replaceAll("\\s+", "");
        for (String expected : List.of("审核报告", "差额", "说明", "审核意见", "先改", "3处错误都指向表3!D16", "图例", "最可能出错",
            "审核人", "复核人", "日期")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        for (Finding f : r.findings()) {
            assertTrue(text.contains(f.message().replaceAll("\\s+", "")), "the whole message of " + f.rule() + " in:\n" + text);
        }
        assertFalse(text.contains("审核公式版本") || text.contains("@"), "no rule-set hash: " + text);
        String annotated = Office.text(Office.toPdf(annotate(in, dir.resolve("annotated.xlsx")))).replaceAll("\\s+", "");
        assertTrue(annotated.contains("图例") && annotated.contains("审核人"), annotated);
    }

    @Test
    void resultSheetListsEveryFindingWithALinkToItsCell() throws IOException {
        Path in = mistaken(Fixtures.SAMPLE_2023);
        CheckResult r = engine.check(in);
        Path out = annotate(in, dir.resolve("annotated.xlsx"));
        try (InputStream is = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(is)) {
            Sheet s = wb.getSheet("审核结果");
            assertTrue(s.getRow(1).getCell(0).getStringCellValue().contains("mistaken.xlsx"));
            assertTrue(s.getRow(1).getCell(0).getStringCellValue().contains("部门：随州市曾都区医疗保障服务中心"), s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(1).getCell(0).getStringCellValue().contains("年度："), s.getRow(1).getCell(0).getStringCellValue());
            assertTrue(s.getRow(2).getCell(0).getStringCellValue().startsWith("错误 " + r.count(Severity.ERROR) + " 个"));
            Row head = s.getRow(ResultTable.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            head.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("序号", "规则", "表名", "单元格", "行次/项目", "审核公式", "左值", "右值", "差额", "类型", "说明", "审核意见"),
                headers.subList(0, 12));
            assertTrue(s.isColumnHidden(ResultTable.KEY), "the key column is for Suanpan, not for print");
            List<Finding> findings = r.findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = findings.get(i);
                Row row = s.getRow(ResultTable.HEADER_ROW + 1 + i);
                assertEquals(f.rule(), row.getCell(1).getStringCellValue());
                assertEquals(f.severity().chinese(), row.getCell(9).getStringCellValue());
                assertEquals("", row.getCell(ResultTable.EXPLANATION).getStringCellValue(), "说明 is left for the department");
                assertEquals(f.key(), row.getCell(ResultTable.KEY).getStringCellValue());
                if (f.cell() != null) {
                    assertEquals("'" + f.sheet() + "'!" + f.cell(), row.getCell(3).getHyperlink().getAddress());
                    assertEquals(f.left().doubleValue(), row.getCell(6).getNumericCellValue(), 1e-9);
                }
            }
            assertEquals(ResultTable.HEADER_ROW + findings.size(), new ResultTable(new Annotator.Listing("x", "", r.recognition().edition(), findings)).lastListedRow());
            assertTrue(s.getLastRowNum() >= ResultTable.HEADER_ROW + findings.size());
        }
    }

    @Test
    void anExistingCommentIsKeptAndTheExplanationAppended() throws IOException {
        Path in = Variants.variant(mistaken(Fixtures.SAMPLE_2023), dir.resolve("commented.xlsx"), wb -> {
            Sheet s = wb.getSheet("公开03表");
            Cell cell = s.getRow(9).getCell(3);
            Drawing<?> d = s.createDrawingPatriarch();
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setRow1(9);
            a.setCol1(3);
            a.setRow2(12);
            a.setCol2(6);
            Comment c = d.createCellComment(a);
            c.setString(wb.getCreationHelper().createRichTextString("财务科：此数已与总账核对。"));
            cell.setCellComment(c);
        });
        Path out = annotate(in, dir.resolve("annotated.xlsx"));
        WorkbookFingerprint after = WorkbookFingerprint.of(out);
        String comment = after.comments.get("公开03表!D10");
        assertTrue(comment.startsWith("财务科：此数已与总账核对。"), comment);
        assertTrue(comment.contains("T03-0"), comment);
    }

    @Test
    void sheetsWithoutMarksAreCopiedByteForByte() throws IOException {
        Path in = mistaken(Fixtures.SAMPLE_2023);
        Path out = annotate(in, dir.resolve("annotated.xlsx"));
        Set<String> markedSheets = new HashSet<>();
        marked(engine.check(in)).forEach(ref -> markedSheets.add(ref.substring(0, ref.indexOf('!'))));
        try (ZipFile a = new ZipFile(in.toFile()); ZipFile b = new ZipFile(out.toFile())) {
            List<String> sheets = List.of("公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表");
            int same = 0;
            for (int i = 0; i < sheets.size(); i++) {
                String part = "xl/worksheets/sheet" + (i + 1) + ".xml";
                byte[] x = a.getInputStream(a.getEntry(part)).readAllBytes();
                byte[] y = b.getInputStream(b.getEntry(part)).readAllBytes();
                if (!markedSheets.contains(sheets.get(i))) {
                    assertTrue(java.util.Arrays.equals(x, y), part + " should be copied unchanged");
                    same++;
                } else {
                    assertTrue(!java.util.Arrays.equals(x, y), part + " carries marks");
                }
            }
            assertTrue(same >= 5, "untouched sheets: " + same);
        }
    }

    @Test
    void thousandsOfMarksReuseAHandfulOfStyles() throws IOException {
        Path in = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("many.xlsx"), wb -> {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() > 1) {
                            c.setCellValue(c.getNumericCellValue() + 7);
                        }
                    }
                }
            }
        });
        int before;
        try (Workbook wb = Variants.open(in)) {
            before = wb.getNumCellStyles();
        }
        CheckResult r = engine.check(in);
        assertTrue(r.count(Severity.ERROR) > 50, "many errors expected, got " + r.count(Severity.ERROR));
        Path out = annotate(in, dir.resolve("annotated.xlsx"));
        try (Workbook wb = Variants.open(out)) {
            int added = wb.getNumCellStyles() - before;
            assertTrue(added < 40, "styles added: " + added + " for " + marked(r).size() + " marked cells");
        }
    }

    @Test
    void annotatedWorkbooksOpenInLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "SUANPAN_SKIP_OFFICE=1: LibreOffice runs in the integration-test phase");
        Path out = annotate(mistaken(Fixtures.SAMPLE_2023), dir.resolve("annotated.xlsx"));
        assertTrue(Office.text(Office.toPdf(out)).contains("审核结果"));
        Path xls;
        try (XSSFWorkbook wb = Variants.open(mistaken(Fixtures.SAMPLE_2022)); Workbook h = Variants.asXls(wb)) {
            xls = Variants.write(h, dir.resolve("mistaken.xls"));
        }
        Path outXls = annotate(xls, dir.resolve("annotated.xls"));
        assertTrue(Office.text(Office.toPdf(outXls)).contains("审核结果"));
    }
}
