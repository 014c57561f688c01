package org.suanpan.inspect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.testing.Variants;

import java.nio.file.Path;
import org.suanpan.Engine;
import org.suanpan.check.Finding;
import org.suanpan.check.Quantities;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.NarrativeReader;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.rules.FormulaParser;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 公开检查 on the real publications: the seeds keep only their real gaps (each shown here to be one), the sample
 * workbooks alone have none, and each gap made in a copy of a real 情况说明 — a section removed, XX left for an
 * amount, an amount in 元, a reason cut, an empty-table statement removed, a bracketed instruction left … — is
 * reported by its own checklist line, naming what is missing.
 */
class InspectionTest {
    static final Vocabulary VOCABULARY = Vocabulary.load(TemplateSource.builtIn());
    static final Inspector INSPECTOR = Inspector.load(TemplateSource.builtIn(), VOCABULARY);
    @TempDir
    Path dir;

    private static final Engine ENGINE = Fixtures.engine();
    private static final Recognition WB2022 = recognise(Fixtures.SAMPLE_2022);
    private static final Recognition WB2023 = recognise(Fixtures.SAMPLE_2023);

    static Recognition recognise(String sample) {
        return ENGINE.recognise(ENGINE.read(Fixtures.sample(sample), sample));
    }

    static List<Paragraph> seed(String prefix) {
        return NarrativeReader.read(Fixtures.seed(prefix), prefix);
    }

    static List<Finding> inspect(List<Paragraph> text, Recognition tables) {
        return INSPECTOR.inspect(text, tables).findings();
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /** The paragraph (its position in the list) that contains the words. */
    static int at(List<Paragraph> ps, String words) {
        for (int i = 0; i < ps.size(); i++) {
            if (squeeze(ps.get(i).text()).contains(squeeze(words))) {
                return i;
            }
        }
        throw new AssertionError("no paragraph with " + words);
    }

    /** The text with the words of one paragraph replaced (white space ignored in finding them). */
    static List<Paragraph> edit(List<Paragraph> ps, String words, String replacement) {
        int i = at(ps, words);
        List<Paragraph> out = new ArrayList<>(ps);
        String text = squeeze(ps.get(i).text());
        assertTrue(text.contains(squeeze(words)));
        out.set(i, new Paragraph(ps.get(i).index(), text.replace(squeeze(words), replacement)));
        return out;
    }

    static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** rule + the words quoted (or the row for table findings), what a test compares. */
    static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + (f.narrative() != null ? squeeze(f.narrative().quote()) : f.row()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    static BigDecimal figure(Recognition r, String ref) {
        return new Quantities(r).of(FormulaParser.parseSum(ref)).orElseThrow().value();
    }

    // ── the seeds: only real gaps

    @Test
    void seed004KeepsOnlyItsRealGaps() {
        List<Paragraph> ps = seed("004");
        List<Finding> found = inspect(ps, WB2022);
        // 五（三） items 1–3: 决算 differs from 年初预算 and no reason follows (items 4–9 give theirs)
        for (String item : List.of("年初预算为9.63万元，支出决算为9.3万元", "年初预算为4.84万元，支出决算为4.78万元", "年初预算为8.9万元，支出决算为8.89万元")) {
            String text = squeeze(ps.get(at(ps, item)).text());
            assertTrue(!text.contains("原因"), text);
        }
        // the template's 增加(减少) / 增长(下降) left in 三公 items 1 and 2
        assertTrue(squeeze(ps.get(at(ps, "较上年增加(减少)0万元")).text()).contains("增长(下降)0%"));
        assertEquals(Set.of(
            "G06 年初预算为9.63万元，支出决算为9.3万元", "G06 年初预算为4.84万元，支出决算为4.78万元", "G06 年初预算为8.9万元，支出决算为8.89万元",
            "G09 较上年增加(减少)0万元，增长(下降)0%。"), keys(found));
        assertEquals(2, of(found, "G09").size());
        assertTrue(of(found, "G06").stream().allMatch(f -> f.severity() == Severity.WARNING && f.message().contains("主要原因")));
    }

    @Test
    void seed002KeepsOnlyItsRealGaps() {
        List<Paragraph> ps = seed("002");
        List<Finding> found = inspect(ps, WB2023);
        // 因公出国(境)费: budget 0, 决算 0 — yet “完成全年预算的0%” and “决算数小于全年预算数”
        String abroad = squeeze(ps.get(at(ps, "1. 因公出国(境)费全年预算为0万元")).text());
        assertTrue(abroad.contains("支出决算为0万元，完成全年预算的0%") && abroad.contains("决算数小于全年预算数"), abroad);
        // the 项 2101399 其他医疗救助支出 carries most of 公开05 and 五（三） never names it
        RecognisedTable t05 = WB2023.table("公开05").orElseThrow();
        TableRow other = t05.code("2101399").orElseThrow();
        assertTrue(other.cell(1).value().compareTo(new BigDecimal("10000")) > 0);
        assertTrue(ps.subList(at(ps, "五、一般公共预算财政拨款支出决算情况说明"), at(ps, "六、一般公共预算财政拨款基本支出决算情况说明")).stream()
            .noneMatch(p -> squeeze(p.text()).contains("其他医疗救助")));
        assertEquals(Set.of("G14 决算数小于全年预算数", "G15 完成全年预算的0%", "G18 2101399 其他医疗救助支出"), keys(found));
        assertEquals(Severity.ERROR, of(found, "G14").get(0).severity());
        assertEquals("公开05", of(found, "G18").get(0).table());
    }

    @Test
    void theSampleWorkbooksAloneHaveNoGaps() {
        assertEquals(List.of(), inspect(List.of(), WB2022));
        assertEquals(List.of(), inspect(List.of(), WB2023));
    }

    @Test
    void theTextAloneIsInspectedToo() {
        assertEquals(Set.of("G14 决算数小于全年预算数", "G15 完成全年预算的0%"), keys(inspect(seed("002"), null)));
    }

    // ── sections

    @Test
    void aRemovedSectionIsNamedAndTheBrokenNumberingShown() {
        List<Paragraph> ps = seed("004");
        int from = at(ps, "十一、政府采购支出情况");
        int to = at(ps, "十二、国有资产占用情况");
        List<Paragraph> cut = new ArrayList<>(ps.subList(0, from));
        cut.addAll(ps.subList(to, ps.size()));
        List<Finding> found = inspect(cut, WB2022);
        List<Finding> missing = of(found, "G01");
        assertEquals(1, missing.size(), found.toString());
        assertTrue(missing.get(0).message().contains("政府采购"), missing.get(0).message());
        assertTrue(squeeze(missing.get(0).narrative().quote()).startsWith("十、机关运行经费"));
        assertEquals(Set.of("G02 十二、国有资产占用情况"), keys(of(found, "G02")));
        assertTrue(of(found, "G02").get(0).message().contains("应为“十一”"));
    }

    @Test
    void aWrongNumberIsReportedOnceNotForEverySectionAfterIt() {
        List<Finding> found = inspect(edit(seed("004"), "十二、国有资产占用情况", "十三、国有资产占用情况"), WB2022);
        assertEquals(Set.of("G02 十三、国有资产占用情况"), keys(of(found, "G02")));
        assertEquals(List.of(), of(found, "G01"));
    }

    @Test
    void otherMattersAsSubsectionsOfOneSectionAreFoundToo() {
        List<Paragraph> ps = edit(seed("004"), "十、机关运行经费支出情况", "十、其他重要事项的情况说明（一）机关运行经费支出情况");
        ps = edit(ps, "十一、政府采购支出情况", "（二）政府采购支出情况");
        ps = edit(ps, "十二、国有资产占用情况", "（三）国有资产占用情况");
        ps = edit(ps, "十三、预算绩效情况说明", "（四）预算绩效情况说明");
        List<Finding> found = inspect(ps, WB2022);
        assertEquals(List.of(), of(found, "G01"));
        assertEquals(List.of(), of(found, "G02"));
        // the 政府采购 figures are still read and checked
        assertEquals(1, of(inspect(edit(ps, "政府采购货物支出0.04万元", "政府采购货物支出0.4万元"), WB2022), "G19").size());
    }

    @Test
    void anOutlineSuanpanDoesNotRecogniseIsNotJudged() {
        List<Paragraph> ps = seed("004");
        List<Paragraph> short3 = ps.subList(at(ps, "一、收入支出决算总体情况说明"), at(ps, "四、财政拨款收入支出决算总体情况说明"));
        assertEquals(List.of(), of(inspect(short3, WB2022), "G01"));
    }

    // ── empty tables

    @Test
    void anEmptyTableMustBeStatedInTheTextOrUnderTheTable() throws Exception {
        List<Paragraph> ps = seed("002");
        RecognisedTable t07 = WB2023.table("公开07").orElseThrow();
        assertTrue(t07.cells().stream().allMatch(c -> c.empty() || c.value().signum() == 0));
        // 七 says it, and 四 in passing (“本单位无政府性基金预算财政拨款收入”): either will do, so both go
        List<Paragraph> silent = edit(ps, "本单位当年无政府性基金预算财政拨款支出", "具体支出情况见上。");
        assertEquals(List.of(), of(inspect(silent, WB2023), "G03"));
        silent = edit(silent, "增加主要原因是2023年本单位无政府性基金预算财政拨款收入。", "");
        List<Finding> found = inspect(silent, WB2023);
        assertEquals(1, of(found, "G03").size(), found.toString());
        Finding f = of(found, "G03").get(0);
        assertEquals("公开07", f.table());
        assertTrue(f.message().contains("故本表为空表"), f.message());

        // said under the table instead, the text may stay silent
        List<Paragraph> quiet = edit(seed("004"), "2022年度本部门没有使用国有资本经营预算财政拨款安排的支出", "2022年度国有资本经营预算财政拨款支出0万元。");
        assertEquals(1, of(inspect(quiet, WB2022), "G03").size());
        Path noted = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("noted.xlsx"),
            wb -> wb.getSheet("表9").createRow(7).createCell(0).setCellValue("注：本单位无国有资本经营预算财政拨款支出，故本表为空表。"));
        Recognition withNote = ENGINE.recognise(ENGINE.read(noted, "noted.xlsx"));
        assertEquals(List.of(), of(inspect(quiet, withNote), "G03"));
    }

    @Test
    void aNoteUnderOneTableAboutAnotherTablesSubjectDoesNotFit() throws Exception {
        Path wrong = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("wrong.xlsx"),
            wb -> wb.getSheet("表9").createRow(7).createCell(0).setCellValue("注：本单位无政府性基金预算财政拨款支出，故本表为空表。"));
        List<Finding> found = of(inspect(seed("004"), ENGINE.recognise(ENGINE.read(wrong, "wrong.xlsx"))), "G04");
        assertEquals(1, found.size(), found.toString());
        assertEquals("表9", found.get(0).sheet());
        assertTrue(found.get(0).message().contains("政府性基金"), found.get(0).message());
    }

    @Test
    void aStatementThatDoesNotFitItsTableIsAnError() {
        BigDecimal fund = figure(WB2022, "公开07 合计行 3栏");
        assertTrue(fund.signum() > 0);
        List<Paragraph> ps = edit(seed("004"), "其他支出。支出决算为35.04万元", "本部门无政府性基金预算财政拨款支出。支出决算为35.04万元");
        List<Finding> found = of(inspect(ps, WB2022), "G04");
        assertEquals(1, found.size(), found.toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("公开07") && found.get(0).message().contains("35.04"), found.get(0).message());
    }

    @Test
    void aSectionSayingNoneOfAnotherTablesSubjectDoesNotFit() {
        List<Paragraph> ps = edit(seed("002"), "本单位当年无政府性基金预算财政拨款支出", "本单位当年无国有资本经营预算财政拨款支出");
        List<Finding> found = of(inspect(ps, WB2023), "G04");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("公开07") && found.get(0).message().contains("国有资本经营"), found.get(0).message());
    }

    // ── reasons

    @Test
    void aCutReasonIsAWarningNamingTheFigure() {
        List<Paragraph> ps = edit(seed("004"), "增长11.2%。主要原因是在职人员正常调动造成机关运行经费增加。", "增长11.2%。");
        List<Finding> found = of(inspect(ps, WB2022), "G05");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("增加 1.10 万元") && found.get(0).message().contains("11.2%"), found.get(0).message());

        List<Paragraph> budget = edit(seed("004"), "支出决算数大于年初预算数的主要原因：人员正常调动及工资等正常调整。", "");
        List<Finding> b = of(inspect(budget, WB2022), "G06");
        assertTrue(b.stream().anyMatch(f -> f.message().contains("126.40") && f.message().contains("134.16")), b.toString());
        assertEquals(4, b.size());
    }

    @Test
    void withLastYearsWorkbookAChangeTheTextLeavesOutIsReported() {
        // 002 states every change on last year; the 2022 sample stands in for last year's workbook
        List<Paragraph> ps = seed("002");
        assertEquals(List.of(), of(INSPECTOR.inspect(ps, WB2023, WB2022).findings(), "G24"));
        List<Paragraph> cut = edit(ps, "与2022年度相比，收入合计增加10641.92万元，增长1812.7%。", "");
        List<Finding> found = of(INSPECTOR.inspect(cut, WB2023, WB2022).findings(), "G24");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("本年收入合计") && found.get(0).message().contains("1,183.81"), found.get(0).message());
        // without last year's workbook nothing is known of the change
        assertEquals(List.of(), of(inspect(cut, WB2023), "G24"));
    }

    @Test
    void aSmallChangeOrOneExplainedElsewhereNeedsNoReason() {
        // 8% on last year, below the checklist's 10%
        List<Paragraph> ps = edit(seed("004"), "比2021年度增加1.1万元，增长11.2%。主要原因是在职人员正常调动造成机关运行经费增加。", "比2021年度增加0.81万元，增长8.0%。");
        assertEquals(List.of(), of(inspect(ps, WB2022), "G05"));
        // 002 gives the reason for 10641.92 in 一 and repeats the change in 二 and 三 without it
        assertTrue(squeeze(seed("002").get(at(seed("002"), "收入合计增加10641.92万元")).text()).indexOf("原因") < 0);
        assertEquals(List.of(), of(inspect(seed("002"), WB2023), "G05"));
    }

    @Test
    void aReasonOpeningTheNextParagraphAnswersTheChange() {
        List<Paragraph> ps = new ArrayList<>(edit(seed("004"), "增长11.2%。主要原因是在职人员正常调动造成机关运行经费增加。", "增长11.2%。"));
        int i = at(ps, "比2021年度增加1.1万元，增长11.2%");
        ps.add(i + 1, new Paragraph(ps.get(i).index(), "主要是在职人员正常调动，机关运行经费随之增加。"));
        assertEquals(List.of(), of(inspect(ps, WB2022), "G05"));
    }

    @Test
    void everyChangedSanGongItemNeedsItsReasonHoweverSmall() {
        List<Paragraph> ps = edit(seed("004"), "决算数较上年减少的主要原因是厉行节约，减少公务接待费用。", "");
        List<Finding> found = of(inspect(ps, WB2022), "G05");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("减少 0.08 万元"), found.get(0).message());
    }

    // ── leftovers

    @Test
    void placeholdersChoicesAndInstructionsLeftInAreFound() {
        List<Paragraph> ps = seed("004");
        List<Finding> xx = of(inspect(edit(ps, "公用经费10.93万元，主要包括", "公用经费XX万元，主要包括"), WB2022), "G07");
        assertEquals(1, xx.size());
        assertEquals(Severity.ERROR, xx.get(0).severity());
        assertTrue(squeeze(xx.get(0).narrative().quote()).contains("公用经费XX万元"));

        List<Finding> fill = of(inspect(edit(ps, "公用经费10.93万元，主要包括", "公用经费【请填写】万元，主要包括"), WB2022), "G08");
        assertEquals(1, fill.size());
        assertEquals(Severity.INFO, fill.get(0).severity());

        List<Finding> guidance = of(inspect(edit(ps, "2022年度一般公共预算财政拨款支出1148.77万元，主要用于以下方面：",
            "2022年度一般公共预算财政拨款支出1148.77万元，主要用于以下方面（按支出功能分类类级科目逐类分析，说明主要用途）："), WB2022), "G10");
        assertEquals(1, guidance.size());
        assertTrue(guidance.get(0).message().contains("按支出功能分类类级科目逐类分析"), guidance.get(0).message());
    }

    @Test
    void shortAsidesInBracketsAreNotInstructions() {
        // the seeds' own brackets: (类)(款)(项), （不包括陪同人员）, (不包括涉密项目), （零星资助参保）, (境) …
        assertEquals(List.of(), of(inspect(seed("002"), WB2023), "G10"));
        assertEquals(List.of(), of(inspect(seed("004"), WB2022), "G10"));
    }

    // ── consistency

    @Test
    void anAmountInYuanAmongWanYuanIsReported() {
        List<Paragraph> ps = seed("004");
        List<Finding> wrong = of(inspect(edit(ps, "2022年度收入合计1183.81万元", "2022年度收入合计1183.81元"), WB2022), "G12");
        assertEquals(1, wrong.size(), wrong.toString());
        assertEquals(Severity.ERROR, wrong.get(0).severity());
        assertTrue(wrong.get(0).message().contains("1183.81万元"));

        List<Finding> mixed = of(inspect(edit(ps, "2022年度收入合计1183.81万元", "2022年度收入合计11838100元"), WB2022), "G12");
        assertEquals(1, mixed.size(), mixed.toString());
        assertTrue(mixed.get(0).message().contains("1183.81 万元"), mixed.get(0).message());
    }

    @Test
    void ratesInYuanAndYearsThatLookAheadAreLeftAlone() {
        List<Paragraph> ps = edit(seed("004"), "主要是用于单位为职工缴纳住房公积金", "主要是用于单位为职工缴纳住房公积金（标准为每人每月 16.52 元）");
        assertEquals(List.of(), of(inspect(ps, WB2022), "G12"));
        ps = edit(seed("004"), "提高项目资金预算预测准确性。", "提高项目资金预算预测准确性，为2024年度预算安排提供参考。");
        assertEquals(List.of(), of(inspect(ps, WB2022), "G11"));
    }

    @Test
    void aWrongYearAndAWrongComparisonYearAreReported() {
        List<Paragraph> ps = seed("004");
        List<Finding> year = of(inspect(edit(ps, "2022年度收入合计1183.81万元", "2023年度收入合计1183.81万元"), WB2022), "G11");
        assertEquals(1, year.size(), year.toString());
        List<Finding> compared = of(inspect(edit(ps, "比2021年度增加1.1万元", "比2020年度增加1.1万元"), WB2022), "G11");
        assertEquals(1, compared.size(), compared.toString());
        assertTrue(compared.get(0).message().contains("2021"));
    }

    @Test
    void theDepartmentsNameInTheTextMatchesTheTables() {
        List<Finding> found = of(inspect(edit(seed("004"), "第一部分江岸区医保局概况", "第一部分江汉区医保局概况"), WB2022), "G13");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("江汉区医保局"));
    }

    @Test
    void theWordingOfBudgetAgainstActualFollowsTheFigures() {
        List<Paragraph> ps = seed("004");
        List<Finding> wrong = of(inspect(edit(ps, "完成年初预算的65.3%，支出决算数小于年初预算数", "完成年初预算的65.3%，支出决算数大于年初预算数"), WB2022), "G14");
        assertEquals(1, wrong.size(), wrong.toString());
        assertTrue(wrong.get(0).message().contains("1,368.00") && wrong.get(0).message().contains("892.65"), wrong.get(0).message());

        List<Finding> rate = of(inspect(edit(ps, "1.因公出国(境)费预算为0万元，支出决算为0万元。", "1.因公出国(境)费预算为0万元，支出决算为0万元，完成预算的0%。"), WB2022), "G15");
        assertEquals(1, rate.size(), rate.toString());
    }

    // ── detail

    @Test
    void aClassWithoutItsItemsAndAnItemTheTextLeavesOutAreReported() {
        // 004's 五（三） names all nine 项 of 公开05; drop one and it is reported at its row
        List<Paragraph> ps = edit(seed("004"), "9．住房保障支出(类)住房改革支出(款)购房补贴(项)。", "9．住房保障支出(类)住房改革支出(款)其他(项)。");
        ps = edit(ps, "住房公积金、发放在职人员提租补贴及购房补贴", "住房公积金、发放在职人员提租补贴");
        List<Finding> found = of(inspect(ps, WB2022), "G18");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).row().contains("购房补贴"));
        assertEquals("公开05", found.get(0).table());
    }

    @Test
    void aTableThatStopsAtTheKuanIsReportedAtThatRow() throws Exception {
        Path cut = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("cut.xlsx"), wb -> {
            var s = wb.getSheet("表5");
            for (int r = 20; r <= 22; r++) {
                s.removeRow(s.getRow(r));
            }
        });
        Recognition wb = ENGINE.recognise(ENGINE.read(cut, "cut.xlsx"));
        List<Finding> found = of(inspect(List.of(), wb), "G16");
        assertEquals(1, found.size(), found.toString());
        assertEquals("22102 住房改革支出", found.get(0).row());
        assertEquals("表5", found.get(0).sheet());
        assertTrue(found.get(0).message().contains("项级"), found.get(0).message());
    }

    @Test
    void theTablesAgreeOnYearUnitAndDepartment() throws Exception {
        Path odd = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("odd.xlsx"), wb -> {
            var s = wb.getSheet("表9");
            s.getRow(0).createCell(0).setCellValue("2021年度国有资本经营预算财政拨款支出决算表(表9)");
            s.getRow(1).createCell(0).setCellValue("部门:江汉区医保局");
            s.getRow(1).createCell(4).setCellValue("金额单位:元");
        });
        List<Finding> found = inspect(List.of(), ENGINE.recognise(ENGINE.read(odd, "odd.xlsx")));
        assertEquals(Set.of("G11", "G12", "G13"), found.stream().map(Finding::rule).collect(Collectors.toSet()), found.toString());
        assertTrue(found.stream().allMatch(f -> "公开08".equals(f.table()) && "表9".equals(f.sheet())), found.toString());
    }

    @Test
    void aWholePublicationWithoutItsGlossaryIsReported() {
        List<Paragraph> ps = edit(seed("004"), "第五部分名词解释", "第五部分附件");
        List<Finding> found = of(inspect(ps, WB2022), "G23");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("名词解释"));
        // a 情况说明 sent without its parts is not asked for them
        List<Paragraph> alone = seed("004").subList(at(seed("004"), "一、收入支出决算总体情况说明"), at(seed("004"), "第四部分"));
        assertEquals(List.of(), of(inspect(alone, WB2022), "G23"));
    }

    // ── 其他重要事项

    @Test
    void procurementFiguresMustAddUpAndTheSmallFirmsShareFollow() {
        List<Paragraph> ps = seed("004");
        assertEquals(1, of(inspect(edit(ps, "政府采购货物支出0.04万元", "政府采购货物支出0.4万元"), WB2022), "G19").size());
        assertEquals(1, of(inspect(edit(ps, "授予中小企业合同金额0.04万元，占政府采购支出总额的100%", "授予中小企业合同金额0.4万元，占政府采购支出总额的100%"),
            WB2022), "G20").size());
        List<Finding> share = of(inspect(edit(ps, "授予中小企业合同金额0.04万元，占政府采购支出总额的100%", "授予中小企业合同金额0.04万元，占政府采购支出总额的50%"),
            WB2022), "G20");
        assertEquals(1, share.size());
        assertTrue(share.get(0).message().contains("100.0%"), share.get(0).message());
        // 002: 8.5 = 2.36 + 0 + 6.14, 8.5 of 8.5 is 100%
        assertEquals(List.of(), of(inspect(seed("002"), WB2023), "G19"));
        assertEquals(List.of(), of(inspect(seed("002"), WB2023), "G20"));
    }

    @Test
    void runningCostsAboveOfficeCostsAreAWarning() {
        assertEquals(0, new BigDecimal("10.93").compareTo(figure(WB2022, "公开06 公用经费合计")));
        List<Finding> found = of(inspect(edit(seed("004"), "机关运行经费支出10.93万元", "机关运行经费支出12.93万元"), WB2022), "G21");
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void sanGongCountsAreAskedWhereThereIsSpending() {
        assertTrue(figure(WB2023, "公开09 11栏").signum() > 0);
        List<Finding> found = of(inspect(edit(seed("002"), "截至2023年12月31日，开支财政拨款的公务用车保有量为2辆。", ""), WB2023), "G22");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("公务用车运行维护费") && found.get(0).message().contains("保有"), found.get(0).message());
    }

    // ── score

    @Test
    void theScoreLosesEachLinesPointsUpToItsCap() {
        List<Paragraph> ps = seed("004");
        Inspection plain = INSPECTOR.inspect(ps, WB2022);
        // G06 three gaps at 2 points, G09 two at 1 point (checklist.txt)
        assertEquals(0, new BigDecimal("92").compareTo(plain.score()), plain.deductions().toString());
        List<Paragraph> many = ps;
        for (String amount : List.of("1183.81万元。与2021年度相比", "172.04万元", "10.93万元，主要包括", "0.04万元，其", "35.04万元，本年支出", "888.46万元，主要成效")) {
            many = edit(many, amount, amount.replaceFirst("^[\\d.]+", "XX"));
        }
        Inspection capped = INSPECTOR.inspect(many, WB2022);
        Inspection.Deduction xx = capped.deductions().stream().filter(d -> d.rule().equals("G07")).findFirst().orElseThrow();
        assertEquals(6, xx.findings());
        assertEquals(0, new BigDecimal("15").compareTo(xx.points()), "3 points each, at most 15");
    }
}
