package org.suanpan.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.annotate.ResultTable;
import org.suanpan.batch.BatchInputs;
import org.suanpan.batch.BatchRow;
import org.suanpan.batch.BatchRun;
import org.suanpan.batch.BatchSummary;
import org.suanpan.batch.Ratios;
import org.suanpan.batch.SummaryJson;
import org.suanpan.batch.SummaryWorkbook;
import org.suanpan.check.CheckResult;
import org.suanpan.definition.Severity;
import org.suanpan.report.JsonReport;
import org.suanpan.report.TextReport;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 公开检查 stands beside the arithmetic in every report — the JSON, the text report, the 审核结果 sheet — with its
 * own counts and score, leaving the check's own counts and verdict as they were; a batch scores and ranks each
 * department, inspecting the 情况说明 sent beside its workbook.
 */
class InspectionReportsTest {
    private static final Engine ENGINE = Fixtures.engine();

    @TempDir
    Path dir;

    private static CheckResult checked004() {
        return ENGINE.checkAll(Fixtures.sample(Fixtures.SAMPLE_2022), Fixtures.SAMPLE_2022, Fixtures.seed("004"), "004.txt", null, null);
    }

    @Test
    void theJsonReportHasAnInspectionBlockBesideTheStats() {
        CheckResult r = checked004();
        JsonNode json = JsonReport.of(r);
        JsonNode ins = json.get("inspection");
        assertEquals(0, new BigDecimal("92").compareTo(ins.get("score").decimalValue()), ins.toString());
        assertEquals(5, ins.get("warnings").asInt());
        List<String> rules = new ArrayList<>();
        ins.get("deductions").forEach(d -> rules.add(d.get("rule").asText()));
        assertEquals(List.of("G06", "G09"), rules);
        long inspected = 0;
        for (JsonNode f : json.get("findings")) {
            if (f.get("source").asText().equals("inspection")) {
                inspected++;
                assertTrue(f.get("paragraph").isInt() && !f.get("quote").asText().isBlank(), f.toString());
            }
        }
        assertEquals(5, inspected);
        // the check's own counts leave the 公开检查 out
        assertEquals(r.findings().stream().filter(f -> f.severity() == Severity.WARNING && !"inspection".equals(f.source())).count(),
            json.get("stats").get("warnings").asInt());
    }

    @Test
    void theTextReportHasAPublicInspectionSection() {
        String text = TextReport.of(checked004());
        int section = text.indexOf("公开检查：得分 92");
        assertTrue(section > 0, text);
        assertTrue(text.indexOf("预算数 9.63 万元与决算数 9.30 万元不同") > section, text);
        String workbookOnly = TextReport.of(ENGINE.checkAll(Fixtures.sample(Fixtures.SAMPLE_2022), Fixtures.SAMPLE_2022, null, null, null, null));
        assertTrue(workbookOnly.contains("公开检查：得分 100") && workbookOnly.contains("未检查：没有情况说明"), workbookOnly);
    }

    @Test
    void theResultSheetListsTheInspectionUnderItsOwnHeading() throws Exception {
        CheckResult r = checked004();
        Path out = dir.resolve("审核后.xlsx");
        new Annotator().annotate(Fixtures.sample(Fixtures.SAMPLE_2022), r, out);
        List<String> lines = new ArrayList<>();
        try (var wb = Variants.open(out)) {
            Sheet s = wb.getSheet(ResultTable.NAME);
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                StringBuilder sb = new StringBuilder();
                for (int c = 0; row != null && c < ResultTable.COLUMNS.size(); c++) {
                    sb.append(row.getCell(c) == null ? "" : row.getCell(c).toString()).append('|');
                }
                lines.add(sb.toString());
            }
        }
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("公开检查：错误 0 个，警告 5 个")) {
                heading = i;
            }
        }
        assertTrue(heading > ResultTable.HEADER_ROW, String.join("\n", lines));
        List<String> after = lines.subList(heading + 1, lines.size());
        assertEquals(5, after.size(), String.join("\n", after));
        assertTrue(after.stream().allMatch(l -> l.contains("公开检查：")), String.join("\n", after));
        assertTrue(lines.subList(0, heading).stream().noneMatch(l -> l.contains("公开检查：预算差异原因")));
    }

    @Test
    void anAnnotatedCopyMarksTheCellAGapStandsAt() throws Exception {
        Path cut = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("cut.xlsx"), wb -> {
            var s = wb.getSheet("表5");
            for (int r = 20; r <= 22; r++) {
                s.removeRow(s.getRow(r));
            }
        });
        CheckResult r = ENGINE.checkAll(cut, "cut.xlsx", null, null, null, null);
        var gap = r.findings().stream().filter(f -> f.rule().equals("G16")).findFirst().orElseThrow();
        Path out = dir.resolve("cut-审核.xlsx");
        new Annotator().annotate(cut, r, out);
        try (var wb = Variants.open(out)) {
            var ref = new org.apache.poi.ss.util.CellReference(gap.cell());
            var cell = wb.getSheet(gap.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            assertTrue(cell.getCellComment() != null && cell.getCellComment().getString().getString().contains("项级"), gap.toString());
        }
    }

    @Test
    void aZipsNarrativesAreUnpackedBesideTheirWorkbooksButAreNotWorkbooks() throws Exception {
        Path zip = dir.resolve("batch.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] e : new String[][]{{"江岸/决算公开表.xlsx", Fixtures.sample(Fixtures.SAMPLE_2022).toString()},
                {"江岸/决算公开表-情况说明.txt", Fixtures.seed("004").toString()}}) {
                out.putNextEntry(new java.util.zip.ZipEntry(e[0]));
                out.write(Files.readAllBytes(Path.of(e[1])));
                out.closeEntry();
            }
        }
        Path into = dir.resolve("unpacked");
        List<BatchInputs.Input> files = BatchInputs.fromZip(zip, null, into, new BatchInputs.Limits(10, 50L << 20, 50L << 20, null));
        assertEquals(List.of("江岸/决算公开表.xlsx"), BatchInputs.workbooks(files).stream().map(BatchInputs.Input::name).toList());
        List<BatchInputs.Input> texts = BatchInputs.texts(files);
        assertEquals(List.of("江岸/决算公开表-情况说明.txt"), texts.stream().map(BatchInputs.Input::name).toList());
        assertTrue(Files.isRegularFile(texts.get(0).file()));
    }

    @Test
    void aBatchScoresAndRanksEachDepartmentWithTheNarrativeBesideItsWorkbook() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path a = Files.createDirectories(in.resolve("江岸"));
        Files.copy(Fixtures.sample(Fixtures.SAMPLE_2022), a.resolve("江岸区医保局-2022-决算公开表.xlsx"));
        Files.copy(Fixtures.seed("004"), a.resolve("江岸区医保局-2022-决算公开表-情况说明.txt"));
        Path b = Files.createDirectories(in.resolve("曾都"));
        Files.copy(Fixtures.sample(Fixtures.SAMPLE_2023), b.resolve("曾都区医疗保障服务中心-2023-决算公开表.xlsx"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        BatchSummary s;
        try {
            s = new BatchRun(ENGINE, Ratios.load(ENGINE.editions().source()), pool).run(BatchInputs.inFolder(in, 100), in, null, (d, t, row) -> { });
        } finally {
            pool.shutdown();
        }
        BatchRow jiangan = s.rows().stream().filter(r -> r.file().startsWith("江岸")).findFirst().orElseThrow();
        BatchRow zengdu = s.rows().stream().filter(r -> r.file().startsWith("曾都")).findFirst().orElseThrow();
        assertEquals("江岸/江岸区医保局-2022-决算公开表-情况说明.txt", jiangan.narrative());
        assertEquals(0, new BigDecimal("92").compareTo(jiangan.score()));
        assertNull(zengdu.narrative());
        assertEquals(0, new BigDecimal("100").compareTo(zengdu.score()));
        assertEquals(1, s.rank(zengdu));
        assertEquals(2, s.rank(jiangan));
        // the arithmetic verdict is the check's alone
        assertEquals(BatchRow.PASSED, jiangan.conclusion());

        JsonNode json = SummaryJson.of(s, false);
        JsonNode row = json.get("rows").get(s.rows().indexOf(jiangan));
        assertEquals(92, row.get("inspectionScore").asInt());
        assertEquals(2, row.get("inspectionRank").asInt());

        Path xlsx = dir.resolve("summary.xlsx");
        SummaryWorkbook.write(s, xlsx);
        try (var wb = Variants.open(xlsx)) {
            Row header = wb.getSheet("汇总").getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            int score = names.indexOf("公开检查得分");
            assertTrue(score > 0, names.toString());
            Row first = wb.getSheet("汇总").getRow(1 + s.rows().indexOf(jiangan));
            assertEquals(92.0, first.getCell(score).getNumericCellValue());
            assertEquals(2.0, first.getCell(names.indexOf("公开检查名次")).getNumericCellValue());
        }
    }
}
