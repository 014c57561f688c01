package org.suanpan.annotate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.report.JsonReport;
import org.suanpan.report.Summary;
import org.suanpan.report.TextReport;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;
import org.suanpan.testing.WorkbookFingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loop a department goes through: check, correct the cell the summary names, annotate again, explain a warning
 * in 审核结果, check again. Annotating replaces Suanpan's own earlier marks and keeps everything a person wrote.
 */
class CorrectionLoopTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private Path annotate(Path input, String name) throws IOException {
        Path out = dir.resolve(name);
        new Annotator().annotate(input, engine.check(input), out);
        return out;
    }

    private static int resultSheets(XSSFWorkbook wb) {
        int n = 0;
        for (Sheet s : wb) {
            n += s.getSheetName().startsWith(ResultTable.NAME) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theSummaryNamesTheMistypedCellAndItsValue() {
        CheckResult r = engine.check(Fixtures.example(Fixtures.FAULTY_2022));
        List<Summary.Item> fix = Summary.of(r).of(Summary.Kind.FIX);
        assertEquals("表3!D16", fix.get(0).cell(), fix.toString());
        assertEquals(0, new java.math.BigDecimal("134.16").compareTo(fix.get(0).expected()), fix.toString());
        assertTrue(fix.get(0).text().startsWith("3 处错误都指向 表3!D16，按明细应为 134.16"), fix.get(0).text());
        assertEquals(1, Summary.of(r).of(Summary.Kind.EXPLAIN).size());
        assertTrue(TextReport.of(r).contains("【先改】3 处错误都指向 表3!D16"), TextReport.of(r));
        assertEquals("表3!D16", JsonReport.of(r).get("summary").get("items").get(0).get("cell").asText());
    }

    @Test
    void reAnnotatingReplacesTheOldMarksInsteadOfAddingToThem() throws IOException {
        Path once = annotate(Fixtures.example(Fixtures.FAULTY_2022), "once.xlsx");
        Path twice = annotate(once, "twice.xlsx");
        WorkbookFingerprint first = WorkbookFingerprint.of(once);
        WorkbookFingerprint second = WorkbookFingerprint.of(twice);
        assertEquals(first.sheetOrder, second.sheetOrder, "no 审核结果(2)");
        assertEquals(first.comments.keySet(), second.comments.keySet());
        first.comments.forEach((cell, text) -> assertEquals(text.replace("算盘审核：\n", ""), second.comments.get(cell).replace("算盘审核：\n", ""),
            "comment not repeated on " + cell));
        first.fills.forEach((cell, fill) -> {
            if (!cell.startsWith(ResultTable.NAME)) {
                assertEquals(fill, second.fills.get(cell), cell);
            }
        });
    }

    @Test
    void aCorrectedCellLosesItsMarkAndComment() throws IOException {
        Path original = Fixtures.example(Fixtures.FAULTY_2022);
        Path once = annotate(original, "once.xlsx");
        Path corrected = Variants.variant(once, dir.resolve("corrected.xlsx"), wb -> Variants.setNumber(wb, "表3", "D16", 134.16));
        Path again = annotate(corrected, "again.xlsx");
        WorkbookFingerprint before = WorkbookFingerprint.of(original);
        WorkbookFingerprint after = WorkbookFingerprint.of(again);
        for (String cell : List.of("表3!D16", "表3!C16", "表3!D10")) {
            assertEquals(before.fills.get(cell), after.fills.get(cell), "the red is gone from " + cell);
            assertEquals(before.cells.get(cell).replace("134.61", "134.16"), after.cells.get(cell), "its format is back on " + cell);
            assertNull(after.comments.get(cell), "no old comment on " + cell);
        }
        assertNotNull(after.comments.get("表7!G7"), "the warning is still marked");
        CheckResult r = engine.check(again);
        assertEquals(0, r.count(Severity.ERROR));
        try (XSSFWorkbook wb = Variants.open(again)) {
            assertEquals(1, resultSheets(wb));
            assertTrue(wb.getSheet(ResultTable.NAME).getRow(2).getCell(0).getStringCellValue().startsWith("错误 0 个"));
        }
    }

    @Test
    void aWarningExplainedIn审核结果IsShownAsExplainedAndSurvivesReAnnotation() throws IOException {
        Path once = annotate(Fixtures.example(Fixtures.FAULTY_2022), "once.xlsx");
        String explanation = "年中追加公务接待预算，调整后预算 0.65 万元。";
        Path explained = Variants.variant(once, dir.resolve("explained.xlsx"), wb -> {
            Sheet s = wb.getSheet(ResultTable.NAME);
            for (int r = ResultTable.HEADER_ROW + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row != null && row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("W09-01")) {
                    row.getCell(ResultTable.EXPLANATION).setCellValue(explanation);
                }
            }
        });
        CheckResult r = engine.check(explained);
        Finding w = r.findings().stream().filter(f -> f.rule().equals("W09-01")).findFirst().orElseThrow();
        assertEquals(explanation, r.explanation(w));
        assertEquals(1, r.explained(Severity.WARNING));
        assertTrue(TextReport.of(r).contains("已说明：" + explanation), TextReport.of(r));
        assertTrue(JsonReport.toJson(r).contains("\"explanation\" : \"" + explanation + "\""));

        Path again = annotate(explained, "again.xlsx");
        try (XSSFWorkbook wb = Variants.open(again)) {
            assertEquals(1, resultSheets(wb));
            Sheet s = wb.getSheet(ResultTable.NAME);
            boolean found = false;
            for (int row = ResultTable.HEADER_ROW + 1; row <= s.getLastRowNum(); row++) {
                Row x = s.getRow(row);
                if (x != null && x.getCell(1) != null && x.getCell(1).getStringCellValue().equals("W09-01")) {
                    assertEquals(explanation, x.getCell(ResultTable.EXPLANATION).getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found);
        }
        assertEquals(explanation, engine.check(again).explanation(w), "read back from the new sheet too");
    }

    @Test
    void aBatchCountsTheExplainedWarningAndListsItsExplanation() throws Exception {
        Path once = annotate(Fixtures.example(Fixtures.FAULTY_2022), "once.xlsx");
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("批次"));
        Variants.variant(once, folder.resolve("江岸区医保局.xlsx"), wb -> {
            for (Row row : wb.getSheet(ResultTable.NAME)) {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("W09-04")) {
                    row.getCell(ResultTable.EXPLANATION).setCellValue("接待任务增加，已报财政局备案。");
                }
            }
        });
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var summary = new org.suanpan.batch.BatchRun(engine, org.suanpan.batch.Ratios.load(engine.editions().source()), pool)
                .run(org.suanpan.batch.BatchInputs.inFolder(folder, 10), folder, dir.resolve("out"), (d, t, r) -> { });
            assertEquals(1, summary.rows().get(0).explainedWarnings());
            Path xlsx = dir.resolve("summary.xlsx");
            org.suanpan.batch.SummaryWorkbook.write(summary, xlsx);
            StringBuilder listed = new StringBuilder();
            try (XSSFWorkbook wb = Variants.open(xlsx)) {
                wb.getSheet("审核结果").forEach(row -> row.forEach(c -> listed.append(c.toString()).append('|')));
            }
            assertTrue(listed.toString().contains("接待任务增加，已报财政局备案。"), listed.toString());
            String json = org.suanpan.report.JsonReport.write(org.suanpan.batch.SummaryJson.of(summary, true));
            assertTrue(json.contains("\"explained\" : 1") && json.contains("接待任务增加"), json);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCommentSomeoneWroteIsKeptOnceThroughTwoAnnotations() throws IOException {
        Path commented = Variants.variant(Fixtures.example(Fixtures.FAULTY_2022), dir.resolve("commented.xlsx"), wb -> {
            Sheet s = wb.getSheet("表3");
            Cell cell = s.getRow(15).getCell(3);
            Drawing<?> d = s.createDrawingPatriarch();
            ClientAnchor a = wb.getCreationHelper().createClientAnchor();
            a.setRow1(15);
            a.setCol1(3);
            a.setRow2(18);
            a.setCol2(6);
            Comment c = d.createCellComment(a);
            c.setString(wb.getCreationHelper().createRichTextString("财务科：已与明细账核对"));
            c.setAuthor("张会计");
            cell.setCellComment(c);
        });
        Path twice = annotate(annotate(commented, "once.xlsx"), "twice.xlsx");
        String text = WorkbookFingerprint.of(twice).comments.get("表3!D16");
        assertTrue(text.startsWith("财务科：已与明细账核对"), text);
        assertEquals(1, text.split("财务科").length - 1, text);
        assertEquals(1, text.split("最可能出错").length - 1, "the suspect line once: " + text);
        Path corrected = Variants.variant(twice, dir.resolve("corrected.xlsx"), wb -> Variants.setNumber(wb, "表3", "D16", 134.16));
        assertEquals("财务科：已与明细账核对", WorkbookFingerprint.of(annotate(corrected, "clean.xlsx")).comments.get("表3!D16"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void theAnnotatedCopyOpensOn审核结果WithALegendForTheColours(boolean poi) throws IOException {
        Path once;
        if (poi) {
            System.setProperty("suanpan.annotate.poi", "true");
        }
        try {
            once = annotate(Fixtures.example(Fixtures.FAULTY_2022), "once.xlsx");
        } finally {
            System.clearProperty("suanpan.annotate.poi");
        }
        try (XSSFWorkbook wb = Variants.open(once)) {
            int result = wb.getSheetIndex(ResultTable.NAME);
            assertEquals(result, wb.getActiveSheetIndex(), "opens on 审核结果");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertEquals(i == result, wb.getSheetAt(i).isSelected(), "only 审核结果 is selected, no grouped sheets: " + wb.getSheetName(i));
            }
            Row legend = wb.getSheet(ResultTable.NAME).getRow(ResultTable.LEGEND_ROW);
            List<String> words = new java.util.ArrayList<>();
            legend.forEach(c -> words.add(c.getStringCellValue()));
            assertTrue(words.containsAll(List.of("错误", "最可能出错", "警告", "自动填充")), words.toString());
            assertTrue(legend.getCell(2).getCellStyle().getFillForegroundColorColor() != null, "the legend is coloured");
        }
    }

    @Test
    void aLineSomeoneAddedToSuanpansCommentIsKept() throws IOException {
        Path once = annotate(Fixtures.example(Fixtures.FAULTY_2022), "once.xlsx");
        Path replied = Variants.variant(once, dir.resolve("replied.xlsx"), wb -> {
            Comment c = wb.getSheet("表7").getRow(6).getCell(6).getCellComment();
            c.setString(wb.getCreationHelper().createRichTextString(c.getString().getString() + "\n张会计：年中追加了预算"));
        });
        String text = WorkbookFingerprint.of(annotate(replied, "again.xlsx")).comments.get("表7!G7");
        assertTrue(text.contains("张会计：年中追加了预算"), text);
        assertEquals(1, text.split("W09-01").length - 1, "Suanpan's line once: " + text);
    }

    @Test
    void anXlsGoesThroughTheLoopToo() throws IOException {
        Path xls;
        try (XSSFWorkbook wb = Variants.open(Fixtures.example(Fixtures.FAULTY_2022)); var h = Variants.asXls(wb)) {
            xls = Variants.write(h, dir.resolve("有误.xls"));
        }
        Path once = annotate(xls, "once.xls");
        Path corrected = dir.resolve("corrected.xls");
        try (var in = java.nio.file.Files.newInputStream(once); var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            Variants.setNumber(wb, "表3", "D16", 134.16);
            Variants.write(wb, corrected);
        }
        Path again = annotate(corrected, "again.xls");
        WorkbookFingerprint before = WorkbookFingerprint.of(xls);
        WorkbookFingerprint after = WorkbookFingerprint.of(again);
        assertEquals(before.fills.get("表3!D16"), after.fills.get("表3!D16"), "the red is gone");
        assertNull(after.comments.get("表3!D16"));
        assertNotNull(after.comments.get("表7!G7"));
        assertEquals(before.sheetOrder.size() + 1, after.sheetOrder.size(), "one 审核结果: " + after.sheetOrder);
    }

    @Test
    void aBlankTotalIsNamedAsFillableWithItsValue() throws IOException {
        Path blank = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("blank.xlsx"),
            wb -> wb.getSheet("表3").getRow(15).getCell(2).setBlank());
        CheckResult r = engine.check(blank);
        List<Summary.Item> fill = Summary.of(r).of(Summary.Kind.FILL);
        assertEquals(1, fill.size(), Summary.of(r).items().toString());
        assertEquals("表3!C16", fill.get(0).cell());
        assertEquals(0, new java.math.BigDecimal("207.31").compareTo(fill.get(0).expected()), fill.toString());
        assertTrue(fill.get(0).text().contains("可用“自动填充”填上"), fill.get(0).text());
        assertTrue(Summary.of(r).of(Summary.Kind.FIX).stream().noneMatch(i -> "表3!C16".equals(i.cell())), "a blank is filled, not fixed");
    }

    @Test
    void anOldStyleResultSheetIsReplacedToo() throws IOException {
        Path legacy = Variants.variant(Fixtures.example(Fixtures.FAULTY_2022), dir.resolve("legacy.xlsx"), wb -> {
            Sheet s = wb.createSheet(ResultTable.NAME);
            s.createRow(0).createCell(0).setCellValue(ResultTable.NAME);
            Row head = s.createRow(4);
            head.createCell(0).setCellValue("序号");
            head.createCell(1).setCellValue("表名");
            head.createCell(2).setCellValue("单元格");
        });
        try (XSSFWorkbook wb = Variants.open(annotate(legacy, "new.xlsx"))) {
            assertEquals(1, resultSheets(wb));
            assertFalse(wb.getSheet(ResultTable.NAME).getRow(ResultTable.HEADER_ROW).getCell(1).getStringCellValue().isEmpty());
        }
    }
}
