package org.suanpan.narrative;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.cli.Cli;
import org.suanpan.definition.Severity;
import org.suanpan.read.UnusableInputException;
import org.suanpan.recognise.Recognition;
import org.suanpan.report.JsonReport;
import org.suanpan.report.TextReport;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shapes VARIETY.md lists that the seeds do not show: subjects resolved by path and qualifier, units, traditional
 * script, the real mistakes departments make, coverage in the reports, and files that cannot be a 情况说明.
 */
class NarrativeVarietyTest {
    @TempDir
    Path dir;

    private static List<Paragraph> text(String... lines) {
        List<Paragraph> out = new ArrayList<>();
        for (String l : lines) {
            out.add(new Paragraph(out.size(), l));
        }
        return out;
    }

    private static List<Finding> errors(List<Finding> found) {
        return found.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static List<Finding> warnings(List<Finding> found) {
        return found.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    // ── subjects

    @Test
    void itemsThatShareASuffixStayApart() {
        Recognition wb = Narratives.Seed.S002.workbook();
        // 财政拨款收入 is 公开01 lines 1+2+3 (11208.44); 政府性基金预算财政拨款收入 is another line, not that one
        List<Finding> found = Narratives.check(text("二、收入决算情况说明",
            "其中：财政拨款收入 11208.44 万元；政府性基金预算财政拨款收入 0 万元；国有资本经营预算财政拨款收入 0 万元。"), wb);
        assertEquals(List.of(), found);
        List<Finding> wrong = Narratives.check(text("二、收入决算情况说明", "其中：财政拨款收入 11209.44 万元。"), wb);
        assertEquals(1, errors(wrong).size(), wrong.toString());
    }

    @Test
    void aSubjectCarriesOverInsideASentence() {
        Recognition wb = Narratives.Seed.S002.workbook();
        // 收入总计 of 公开01 is 11229.01; 财政拨款收入/支出总计 of 公开04 is 11208.44: the second amount is 财政拨款 too
        String ok = "2023 年度财政拨款收入总计 11208.44 万元，支出总计 11208.44 万元。";
        assertEquals(List.of(), Narratives.check(text("四、财政拨款收入支出决算总体情况说明", ok), wb));
        List<Finding> wrong = Narratives.check(text("四、财政拨款收入支出决算总体情况说明", ok.replace("支出总计 11208.44", "支出总计 11218.44")), wb);
        assertEquals(1, errors(wrong).size(), wrong.toString());
        assertEquals(0, new BigDecimal("11208.44").compareTo(errors(wrong).get(0).narrative().computed()), wrong.toString());
        // a sentence of its own about 收支总计 is 公开01's
        assertEquals(List.of(), Narratives.check(text("一、收入支出决算总体情况说明", "2023 年度收、支总计均为 11229.01 万元。"), wb));
    }

    @Test
    void aNameSeveral款ShareIsJudgedOnlyWhenThePathDecides() throws Exception {
        // the sample with 其他医疗救助支出 (under 医疗救助, 10580.40) renamed 事业运行, as 事业运行 under 医疗保障管理事务 (628.04)
        Path book = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("two.xlsx"), wb -> {
            for (Row r : wb.getSheet("公开05表")) {
                for (Cell c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().contains("其他医疗救助支出")) {
                        c.setBlank(); // an inline string keeps its old text otherwise
                        c.setCellValue("事业运行");
                    }
                }
            }
        });
        var engine = Fixtures.engine();
        Recognition wb = engine.recognise(engine.read(book, "two.xlsx"));
        assertEquals(2, wb.table("公开05").orElseThrow().rows().stream().filter(r -> r.label().equals("事业运行")).count(),
            wb.table("公开05").orElseThrow().rows().toString());
        String heading = "五、一般公共预算财政拨款支出决算情况说明";
        NarrativeChecker.Result alone = Narratives.CHECKER.check(text(heading, "事业运行（项）支出 628.04 万元。"), wb, null);
        assertEquals(List.of(), alone.findings(), "a 项 name two 款 have: nothing judged");
        assertEquals(1, alone.coverage().unverified().size(), alone.coverage().toString());
        assertTrue(alone.coverage().unverified().get(0).reason().contains("2 行"), alone.coverage().toString());
        assertEquals(List.of(), Narratives.check(text(heading,
            "卫生健康支出（类）医疗保障管理事务（款）事业运行（项）628.04 万元；卫生健康支出（类）医疗救助（款）事业运行（项）10580.40 万元。"), wb));
        List<Finding> wrong = Narratives.check(text(heading, "卫生健康支出（类）医疗保障管理事务（款）事业运行（项）10580.40 万元。"), wb);
        assertEquals(1, errors(wrong).size(), wrong.toString());
        assertEquals(0, new BigDecimal("628.04").compareTo(errors(wrong).get(0).narrative().computed()));
        // without a workbook the two paths are two figures, not one stated twice differently
        assertEquals(List.of(), Narratives.check(text(heading, "1.卫生健康支出（类）医疗保障管理事务（款）事业运行（项）628.04 万元。",
            "2.卫生健康支出（类）医疗救助（款）事业运行（项）10580.40 万元。"), null));
    }

    // ── units and script

    @Test
    void amountsInWanYuanAndYiAreReadInOneUnit() {
        List<Figure> f = ClaimFinder.figures(Normalized.of("合计为52.10万，其中：公务接待费38,600.00元，收入总计2.36亿元，服务对象1.2万人").text);
        assertEquals(3, f.size(), f.toString());
        assertEquals(0, new BigDecimal("52.10").compareTo(f.get(0).value()));
        assertEquals(0, new BigDecimal("3.86").compareTo(f.get(1).value()));
        assertEquals(6, f.get(1).decimals());
        assertEquals(0, new BigDecimal("23600").compareTo(f.get(2).value()));
        assertEquals(-2, f.get(2).decimals());
        // a share in 元 against a total in 万元
        List<Finding> found = Narratives.check(text("九、财政拨款“三公”经费支出决算情况说明",
            "“三公”经费财政拨款支出 3.86 万元，其中：公务接待费 17,200.00 元，占 44.56%；公务用车购置及运行维护费 21,400.00 元，占 55.44%。"), null);
        assertEquals(List.of(), found);
        assertEquals(1, errors(Narratives.check(text("九、财政拨款“三公”经费支出决算情况说明",
            "“三公”经费财政拨款支出 3.86 万元，其中：公务接待费 17,200.00 元，占 49.56%；公务用车购置及运行维护费 21,400.00 元，占 55.44%。"), null)).size());
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        assertEquals('万', Script.simplified('萬'));
        assertEquals('决', Script.simplified('決'));
        assertEquals('占', Script.simplified('佔'));
        assertEquals('长', Script.simplified('長'));
        assertEquals('元', Script.simplified('元'));
        List<Finding> wrong = Narratives.check(text("二、收入決算情況說明", "本年收入合計640.10萬元，其中：財政撥款收入612.55萬元，佔90.7%；其他收入27.55萬元，佔4.3%。"), null);
        assertEquals(1, errors(wrong).size(), wrong.toString());
    }

    // ── phrasings and the real mistakes of VARIETY.md

    @Test
    void completionOfAStatedBudgetAndChangesOnAStatedBase() {
        String h = "九、财政拨款“三公”经费支出决算情况说明";
        assertEquals(List.of(), Narratives.check(text(h, "“三公”经费财政拨款支出决算为 61.49 万元，完成全年预算 84.00 万元的 73.2%。"), null));
        assertEquals(1, errors(Narratives.check(text(h, "“三公”经费财政拨款支出决算为 61.49 万元，完成全年预算 84.00 万元的 78.2%。"), null)).size());
        // the rate of the 年初 budget is not judged against the 调整 budget printed before it
        assertEquals(List.of(), Narratives.check(text(h, "公务接待费年初预算 30.00 万元，调整预算 35.00 万元，支出决算 33.00 万元，完成年初预算的 110.0%。"), null));
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费年初预算 30.00 万元，调整预算 35.00 万元，支出决算 33.00 万元，完成调整预算的 84.3%。"), null)).size());
        assertEquals(List.of(), Narratives.check(text(h, "公务接待费 36.00 万元，比上年 40.00 万元下降 4.00 万元，下降 10.0%。"), null));
        assertEquals(List.of(), Narratives.check(text(h, "公务接待费 44.00 万元，较上年增加 4.00 万元，增幅为 10.0%。"), null));
        assertEquals(List.of(), Narratives.check(text(h, "公务接待费 44.00 万元，较上年增 4.00 万元，增 10.0%；公务用车运行维护费 18.00 万元，较上年减 2.00 万元，减幅 10.0%。"), null));
        assertEquals(1, errors(Narratives.check(text(h, "公务用车运行维护费 18.00 万元，较上年减 2.00 万元，增 10.0%。"), null)).size());
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费 44.00 万元，较上年增加 4.00 万元，增幅为 15.0%。"), null)).size());
        // 300.00 is last year's, not this year's: 30 ÷ 300 = 10.0%
        assertEquals(List.of(), Narratives.check(text(h, "2023 年度财政拨款支出 330.00 万元，较 2022 年决算数 300.00 万元增加 30.00 万元，增长 10.0%。"), null));
        // the three amounts must agree too
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费 36.00 万元，比上年 40.00 万元下降 5.00 万元，下降 12.5%。"), null)).size());
    }

    @Test
    void aShareOfNoNamedWholeIn三公IsJudgedOnlyFor三公Items() {
        String h = "九、财政拨款“三公”经费及会议费、培训费支出决算情况说明";
        // 会议费 is not a 三公 item: its share is of a whole the text does not name
        NarrativeChecker.Result r = Narratives.CHECKER.check(text(h,
            "2020 年度“三公”经费财政拨款支出 4.80 万元。公务接待费 1.80 万元，占 37.5%；会议费 2.10 万元，占 25.3%。"), null, null);
        assertEquals(List.of(), r.findings());
        assertTrue(r.coverage().unverified().stream().anyMatch(u -> u.quote().contains("25.3%")), r.coverage().toString());
        assertEquals(1, errors(Narratives.check(text(h, "2020 年度“三公”经费财政拨款支出 4.80 万元。公务接待费 1.80 万元，占 47.5%。"), null)).size());
    }

    @Test
    void lastYearsFigureStatedWithItsYearIsNotThisYearsStatedTwice() {
        String h = "九、财政拨款“三公”经费支出决算情况说明";
        assertEquals(List.of(), Narratives.check(text(h, "2022 年度“三公”经费财政拨款支出 12.52 万元，2021 年度“三公”经费财政拨款支出 16.82 万元。"), null));
        // this year's stated twice differently is still an inconsistency
        assertEquals(1, errors(Narratives.check(text(h, "2022 年度“三公”经费财政拨款支出 12.52 万元。", "2022 年度“三公”经费财政拨款支出 12.62 万元。"), null)).size());
    }

    @Test
    void aChangeOnTheBudgetSaysSo() {
        List<Finding> found = Narratives.check(text("五、一般公共预算财政拨款支出决算情况说明",
            "2023 年度一般公共预算财政拨款支出 464.80 万元，与年初预算相比减少 35.20 万元，降低 9.0%。"), null);
        assertEquals(1, errors(found).size(), found.toString());
        assertTrue(errors(found).get(0).message().contains("年初预算 500"), errors(found).get(0).message());
    }

    @Test
    void theRealMistakesAreErrors() {
        String h = "九、财政拨款“三公”经费支出决算情况说明";
        // 增长 1.14% for 1.14 ÷ 1.00
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费 2.14 万元，较上年增加 1.14 万元，增长 1.14%。"), null)).size());
        // completion written as the shortfall
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费年初预算为 10.00 万元，支出决算为 5.70 万元，完成年初预算的 43.0%。"), null)).size());
        // change divided by the current year: 10 ÷ 110 = 9.1%, not 10 ÷ 100
        assertEquals(1, errors(Narratives.check(text(h, "公务接待费 110.00 万元，较上年增加 10.00 万元，增长 9.1%。"), null)).size());
        // two shares swapped
        assertEquals(2, errors(Narratives.check(text(h,
            "“三公”经费财政拨款支出 30.00 万元，其中：公务用车购置及运行维护费 18.00 万元，占 40.0%；公务接待费 12.00 万元，占 60.0%。"), null)).size());
        // sub-changes that do not add up to the total change (and that do)
        assertEquals(1, errors(Narratives.check(text(h,
            "“三公”经费财政拨款支出比上年减少 4.30 万元，其中：公务用车购置及运行费减少 2.00 万元、公务接待费减少 1.30 万元。"), null)).size());
        assertEquals(List.of(), Narratives.check(text(h,
            "“三公”经费财政拨款支出比上年减少 4.30 万元，其中：公务用车购置及运行费减少 5.00 万元、公务接待费增加 0.70 万元。"), null));
        // an item's bracket that does not add up to the item
        assertEquals(1, errors(Narratives.check(text(h,
            "“三公”经费财政拨款支出 30.00 万元，其中：因公出国（境）费 0 万元，公务用车购置及运行维护费 18.00 万元（购置费 2.00 万元、运行维护费 18.00 万元），公务接待费 12.00 万元。"),
            null)).size());
    }

    @Test
    void nested其中ListsAddUpEachToItsOwnTotal() {
        String h = "三、支出决算情况说明";
        String ok = "本年支出合计 1016.30 万元，其中：基本支出 812.40 万元，其中：人员经费 628.10 万元，公用经费 184.30 万元；项目支出 203.90 万元。";
        assertEquals(List.of(), Narratives.check(text(h, ok), null));
        // the inner list off: one error, for the inner list only
        List<Finding> inner = Narratives.check(text(h, ok.replace("公用经费 184.30", "公用经费 194.30")), null);
        assertEquals(1, errors(inner).size(), inner.toString());
        assertTrue(errors(inner).get(0).message().contains("812.40"), errors(inner).get(0).message());
        // the outer list off: one error, for the outer list only
        List<Finding> outer = Narratives.check(text(h, ok.replace("项目支出 203.90", "项目支出 213.90")), null);
        assertEquals(1, errors(outer).size(), outer.toString());
        assertTrue(errors(outer).get(0).message().contains("1,016.30"), errors(outer).get(0).message());
        // “…等” names some of the parts: less than the total is no error, more is
        String some = "五、一般公共预算财政拨款支出决算情况说明";
        assertEquals(List.of(), Narratives.check(text(some, "本年一般公共预算财政拨款支出 986.50 万元，其中：教育支出（类）720.40 万元、卫生健康支出（类）150.20 万元等。"), null));
        assertEquals(1, errors(Narratives.check(text(some, "本年一般公共预算财政拨款支出 986.50 万元，其中：教育支出（类）920.40 万元、卫生健康支出（类）150.20 万元等。"), null)).size());
    }

    @Test
    void oneRoundingStepOffIsAWarningWithItsMessageAndTheBoundaryIsConsistent() {
        String h = "十一、政府采购支出情况说明";
        // 382.88 ÷ 1000.00 = 38.288% → 38.29%; 38.28% is one step off
        List<Finding> step = Narratives.check(text(h, "政府采购支出总额 1000.00 万元，其中：授予中小企业合同金额 382.88 万元，占政府采购支出总额的 38.28%。"), null);
        assertEquals(List.of(), errors(step));
        assertEquals(1, warnings(step).size(), step.toString());
        assertTrue(warnings(step).get(0).message().contains("应写作 38.29%") && warnings(step).get(0).message().contains("差一个尾数位"));
        // two steps: an error, without the one-step words
        List<Finding> two = Narratives.check(text(h, "政府采购支出总额 1000.00 万元，其中：授予中小企业合同金额 382.88 万元，占政府采购支出总额的 38.27%。"), null);
        assertEquals(1, errors(two).size(), two.toString());
        assertTrue(!errors(two).get(0).message().contains("差一个尾数位"), errors(two).get(0).message());
        // 6977.7 written for parts adding to 6977.75: on the boundary of 6977.7's interval, consistent
        assertEquals(List.of(), Narratives.check(text(h, "政府采购支出总额 6977.7 万元，其中：货物 6000.25 万元、服务 977.50 万元。"), null));
    }

    @Test
    void anAmountOneCentOffItsTableLineIsAWarningAndMoreIsAnError() {
        Recognition wb = Narratives.Seed.S002.workbook();
        List<Finding> step = Narratives.check(text("二、收入决算情况说明", "其中：财政拨款收入 11208.45 万元。"), wb);
        assertEquals(1, warnings(step).size(), step.toString());
        assertTrue(warnings(step).get(0).message().contains("差一个尾数位"), warnings(step).get(0).message());
        assertEquals(1, errors(Narratives.check(text("二、收入决算情况说明", "其中：财政拨款收入 11208.46 万元。"), wb)).size());
        // 11208.4 is the rounding of 11208.44: fewer decimals, a warning of its own kind
        List<Finding> shorter = Narratives.check(text("二、收入决算情况说明", "其中：财政拨款收入 11208.4 万元。"), wb);
        assertEquals(List.of(NarrativeChecker.DECIMALS), shorter.stream().map(Finding::rule).toList());
    }

    // ── coverage and unreadable files

    @Test
    void theReportsSayWhatWasVerifiedAndWhatNot() throws Exception {
        Path file = dir.resolve("说明.txt");
        Files.writeString(file, "九、财政拨款“三公”经费支出决算情况说明\n“三公”经费财政拨款支出 30.00 万元，其中：公务接待费 12.00 万元，占 40.0%；"
            + "公务用车购置及运行维护费 18.00 万元，占 60.0%。会议费 3.20 万元。\n", StandardCharsets.UTF_8);
        CheckResult r = Fixtures.engine().narrativeOnly(file, "说明.txt", null);
        assertEquals(6, r.coverage().figures(), r.coverage().toString());
        assertEquals(5, r.coverage().verified(), r.coverage().toString());
        assertEquals(1, r.coverage().unverified().size());
        assertTrue(r.coverage().unverified().get(0).quote().contains("3.20"), r.coverage().toString());
        JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(r));
        assertEquals(5, json.get("stats").get("claims").asInt());
        assertEquals(1, json.get("narrativeCoverage").get("unverified").size());
        assertTrue(json.get("narrativeCoverage").get("unverified").get(0).get("reason").asText().length() > 2);
        String text = TextReport.of(r);
        assertTrue(text.contains("找到 6 处数字，核对了 5 处"), text);
        assertTrue(text.contains("3.20"), text);
    }

    @Test
    void aNumberWithoutItsUnitIsListedAsNotVerified() {
        NarrativeChecker.Result r = Narratives.CHECKER.check(text("九、财政拨款“三公”经费支出决算情况说明",
            "2018 年度“三公”经费支出 2.05 万元，较上年 2.08 减少 0.03 万元，服务群众 1.25 万人次。"), null, null);
        assertEquals(List.of(), r.findings());
        assertEquals(1, r.coverage().unverified().stream().filter(u -> u.reason().contains("没有写单位")).count(), r.coverage().toString());
        assertTrue(r.coverage().unverified().stream().anyMatch(u -> u.quote().contains("2.08")), r.coverage().toString());
    }

    @Test
    void aFileThatCannotBeANarrativeIsRefusedWithExitTwo() throws Exception {
        Path renamed = dir.resolve("情况说明.docx");
        Files.writeString(renamed, "一、收入支出决算总体情况说明\n收入总计 10.00 万元。\n", StandardCharsets.UTF_8);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> NarrativeReader.read(renamed, "情况说明.docx"));
        assertTrue(e.getMessage().contains("不是 Word 文档"), e.getMessage());
        Path blank = dir.resolve("空白.txt");
        Files.writeString(blank, " \n\u3000\n", StandardCharsets.UTF_8);
        assertThrows(UnusableInputException.class, () -> NarrativeReader.read(blank, "空白.txt"));
        Path words = dir.resolve("无数字.txt");
        Files.writeString(words, "一、收入支出决算总体情况说明\n本单位严格执行预算。\n", StandardCharsets.UTF_8);
        assertTrue(assertThrows(UnusableInputException.class, () -> NarrativeReader.read(words, "无数字.txt")).getMessage().contains("没有找到任何金额"));
        for (Path p : List.of(renamed, blank, words)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"check", "--narrative", p.toString()});
            assertEquals(2, code, p + ": " + out.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("情况说明"), err.toString(StandardCharsets.UTF_8));
            assertTrue(!out.toString(StandardCharsets.UTF_8).contains("通过"));
        }
    }
}
