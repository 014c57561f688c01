package org.suanpan.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.read.BookReader;
import org.suanpan.testing.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunTest {
    @TempDir
    Path dir;

    @Test
    void aDepartmentWithAnOddStructureIsAHintNotAnError() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) {
            Files.copy(Fixtures.sample(Fixtures.SAMPLE_2022), in.resolve("部门" + i + ".xlsx"));
        }
        // Six alike and one other department: the other's 基本支出 share (5 % against 15 %) stands out, yet it is valid.
        Path odd = Files.copy(Fixtures.sample(Fixtures.SAMPLE_2023), in.resolve("特别.xlsx"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Ratios ratios = Ratios.load(Fixtures.engine().editions().source());
            BatchSummary s = new BatchRun(Fixtures.engine(), ratios, pool).run(BatchInputs.inFolder(in, 100), in, dir.resolve("out"),
                (done, total, row) -> { });
            assertEquals(7, s.rows().size());
            assertEquals(0, s.errors());
            assertTrue(s.outliers().stream().anyMatch(o -> o.file().equals(odd.getFileName().toString())), s.outliers().toString());
            assertTrue(s.outliers().stream().allMatch(o -> o.file().equals("特别.xlsx")), s.outliers().toString());
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve("特别-审核.xlsx")), "a valid workbook gets its 审核结果 too");
            Path summary = dir.resolve("summary.xlsx");
            SummaryWorkbook.write(s, summary);
            assertEquals(3, BookReader.read(summary).sheets().size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFolderMixingAccountsAndBudgetsChecksEachByItsOwnEdition() throws Exception {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Fixtures.sample(Fixtures.SAMPLE_2023), in.resolve("决算.xlsx"));
        Files.copy(Fixtures.sample(Fixtures.BUDGET_2023), in.resolve("预算.xlsx"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Ratios ratios = Ratios.load(Fixtures.engine().editions().source());
            BatchSummary s = new BatchRun(Fixtures.engine(), ratios, pool).run(BatchInputs.inFolder(in, 100), in, dir.resolve("mixed-out"),
                (done, total, row) -> { });
            java.util.Map<String, BatchRow> byFile = new java.util.HashMap<>();
            s.rows().forEach(r -> byFile.put(r.file(), r));
            assertEquals("2023", byFile.get("决算.xlsx").edition());
            assertEquals(0, byFile.get("决算.xlsx").errors());
            BatchRow budget = byFile.get("预算.xlsx");
            assertEquals("预算2023", budget.edition());
            assertEquals("武汉市医疗保障局", budget.department());
            assertEquals("2023", budget.year());
            assertEquals(3, budget.errors(), "the seed's funding conflict, by 表5-1, 表3 and 表5-2: " + budget.findings());
            assertEquals(BatchRow.FAILED, budget.conclusion());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyRatioIsComputedForBothSamples() {
        Ratios ratios = Ratios.load(Fixtures.engine().editions().source());
        for (Path sample : Fixtures.samples()) {
            var rec = Fixtures.engine().recognise(BookReader.read(sample));
            var values = ratios.of(rec);
            for (Ratio r : ratios.all()) {
                if (r.name().startsWith("三公") && values.get(r.name()) == null) {
                    continue; // a department without 三公 budget has no such ratio
                }
                assertNotNull(values.get(r.name()), sample + " " + r.name());
            }
            double basic = values.get("基本支出占比");
            double project = values.get("项目支出占比");
            assertTrue(basic > 0 && project > 0 && basic + project <= 1.0 + 1e-9, sample + ": " + values);
        }
    }

    @Test
    void departmentAndYearComeFromTheTablesElseTheFileName() {
        var rec = Fixtures.engine().recognise(BookReader.read(Fixtures.sample(Fixtures.SAMPLE_2023)));
        assertEquals(new Profile("随州市曾都区医疗保障服务中心", "2023"), Profile.of(rec));
        assertEquals("江岸区医保局", Profile.departmentFromFileName("江岸区医保局-2022-决算公开表.xlsx"));
        assertEquals("某某局", Profile.departmentFromFileName("某某局2023年度部门决算.xlsx"));
    }
}
