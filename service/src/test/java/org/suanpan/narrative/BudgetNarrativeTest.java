package org.suanpan.narrative;

import org.junit.jupiter.api.Test;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.recognise.Recognition;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 部门预算 情况说明 of seed 001 (武汉市医疗保障局 2023) checked against its budget tables (the sample workbook typed
 * from them): exactly its three real mistakes (DOMAIN-budget.md), no false finding; mutations of its figures caught
 * beyond a rounding step and quiet within; and a short budget text of another department, written for this test,
 * clean.
 */
class BudgetNarrativeTest {
    private static final NarrativeKinds KINDS = NarrativeKinds.load(TemplateSource.builtIn(), Narratives.VOCABULARY);
    private static Recognition workbook;

    private static synchronized Recognition workbook() {
        if (workbook == null) {
            var engine = Fixtures.engine();
            workbook = engine.recognise(engine.read(Fixtures.sample(Fixtures.BUDGET_2023), Fixtures.BUDGET_2023));
        }
        return workbook;
    }

    private static List<Paragraph> seed() {
        return NarrativeReader.read(Fixtures.seed("001"), "001.txt");
    }

    private static int paragraph(List<Paragraph> ps, String words) {
        List<Integer> found = new ArrayList<>();
        for (Paragraph p : ps) {
            if (Narratives.squeeze(p.text()).contains(Narratives.squeeze(words))) {
                found.add(p.index());
            }
        }
        // the words name one paragraph of the 情况说明 (the contents list holds no figure)
        assertEquals(1, found.size(), words + " " + found);
        return found.get(0);
    }

    private static Finding only(List<Finding> findings, String rule, int paragraph) {
        List<Finding> hits = findings.stream().filter(f -> f.rule().equals(rule) && f.narrative() != null
            && f.narrative().paragraph() == paragraph).toList();
        assertEquals(1, hits.size(), rule + " 第" + (paragraph + 1) + "段: " + findings);
        return hits.get(0);
    }

    private static void assertValues(Finding f, String stated, String computed) {
        assertEquals(0, new BigDecimal(stated).compareTo(f.narrative().stated()), f.message());
        assertEquals(0, new BigDecimal(computed).compareTo(f.narrative().computed()), f.message());
    }

    @Test
    void theKindIsTheBudgetByTheWorkbookEditionOrTheTitleAndTheDecisionTextsStayDecisions() {
        assertTrue(KINDS.vocabulary(seed(), workbook()).budget());
        assertTrue(KINDS.vocabulary(seed(), null).budget());
        // a 决算's line about its budget is no budget title
        assertTrue(!KINDS.vocabulary(NarrativeReader.lines("某局 2023 年度部门决算\n\n二、2023 年部门预算执行情况\n\n收入合计 10.00 万元。"), null).budget());
        for (Narratives.Seed s : Narratives.Seed.values()) {
            assertTrue(!KINDS.vocabulary(s.paragraphs(), null).budget(), s.name());
            assertTrue(!KINDS.vocabulary(s.paragraphs(), s.workbook()).budget(), s.name());
        }
    }

    @Test
    void theSeedsThreeRealMistakesAreFoundAgainstTheBudgetTablesAndNothingElse() {
        List<Paragraph> ps = seed();
        NarrativeChecker.Result r = KINDS.check(ps, workbook(), null);
        int one = paragraph(ps, "2023 年收支总预算 7651.80 万元");
        int fiveOne = paragraph(ps, "本年预算7628.80万元,比2022年预算减少438.10万元");
        int seven = paragraph(ps, "“三公”经费支出 13.20 万元");

        // 说明五(一) repeats 说明一's change for the 一般公共预算: 8089.90 (预算11 2022 财政拨款) − 7628.80 = 461.10, 5.70 %
        Finding change = only(r.findings(), NarrativeChecker.PRIOR, fiveOne);
        assertEquals(Severity.ERROR, change.severity());
        assertValues(change, "-438.10", "-461.10");
        assertEquals("表11 整体支出绩效目标表", change.sheet());
        assertEquals("G7", change.cell());
        Finding rate = only(r.findings(), NarrativeChecker.CHANGE, fiveOne);
        assertEquals(Severity.ERROR, rate.severity());
        assertValues(rate, "5.41", "5.6997");
        assertTrue(rate.message().contains("5.70%"), rate.message());
        // 说明七: 1.48 on 13.20 + 1.48 = 14.68 is 10.08 %, not 11.21 %
        Finding sanGong = only(r.findings(), NarrativeChecker.CHANGE, seven);
        assertEquals(Severity.ERROR, sanGong.severity());
        assertValues(sanGong, "11.21", "10.0817");
        // 说明一: 438.10 / 8089.90 = 5.4154 % prints 5.42 %: one rounding step
        Finding rounding = only(r.findings(), NarrativeChecker.CHANGE, one);
        assertEquals(Severity.WARNING, rounding.severity());
        assertValues(rounding, "5.41", "5.4154");
        assertEquals(4, r.findings().size(), r.findings().toString());
    }

    @Test
    void withoutTheWorkbookTheSeedIsCheckedAgainstItselfAndTheSameSentencesAreFound() {
        List<Paragraph> ps = seed();
        NarrativeChecker.Result r = KINDS.check(ps, null, null);
        Set<String> found = r.findings().stream().map(f -> f.rule() + " " + f.severity() + " " + f.narrative().paragraph())
            .collect(Collectors.toSet());
        assertEquals(Set.of(
            "N03 ERROR " + paragraph(ps, "本年预算7628.80万元"),
            "N09 ERROR " + paragraph(ps, "本年预算7628.80万元"),
            "N03 ERROR " + paragraph(ps, "“三公”经费支出 13.20 万元"),
            "N03 WARNING " + paragraph(ps, "2023 年收支总预算 7651.80 万元")), found);
        // 438.10 on 7628.80 + 438.10 = 8066.90: the text's own figures already disagree with its 5.41 %
        assertValues(only(r.findings(), NarrativeChecker.CHANGE, paragraph(ps, "本年预算7628.80万元")), "5.41", "5.4308");
        // and its ten 项 (7628.81 together: all of them) changed by −461.09 together, not −438.10
        assertValues(only(r.findings(), NarrativeChecker.ITEM_CHANGES, paragraph(ps, "本年预算7628.80万元")), "-438.10", "-461.09");
        assertEquals(4, r.findings().size(), r.findings().toString());
    }

    @Test
    void theItemsChangesAreSummedOnlyWhenEveryItemIsListed() {
        List<Paragraph> ps = seed();
        int last = paragraph(ps, "购房补贴（项）129.10 万元");
        List<Paragraph> fewer = Narratives.replace(ps, last, "10. 另有少量其他支出。");
        assertTrue(KINDS.check(fewer, null, null).findings().stream().noneMatch(f -> f.rule().equals(NarrativeChecker.ITEM_CHANGES)));
        // corrected to what the items say, the total's change and rate are quiet
        List<Finding> fixed = added(mutated("减少438.10万元,下降5.41%,主要", "减少461.10万元,下降5.70%,主要", null), null);
        assertEquals(List.of(), fixed);
        assertTrue(mutated("减少438.10万元,下降5.41%,主要", "减少461.10万元,下降5.70%,主要", null).stream()
            .noneMatch(f -> f.rule().equals(NarrativeChecker.ITEM_CHANGES)));
    }

    @Test
    void coverageOfTheSeedIsHonestAndAMisnamedItemIsListedWithItsReason() {
        List<Paragraph> ps = seed();
        Coverage c = KINDS.check(ps, workbook(), null).coverage();
        assertEquals(c.figures(), c.verified() + c.unverified().size());
        assertTrue(c.figures() >= 90, c.toString());
        assertTrue(c.verified() >= 80, c.toString());
        int item = paragraph(ps, "医疗保障经办业务（项）928.85 万元");
        Coverage.Unverified u = c.unverified().stream().filter(x -> x.paragraph() == item).findFirst().orElse(null);
        assertNotNull(u, c.unverified().toString());
        assertTrue(u.reason().contains("医疗保障经办业务"), u.reason());
        assertTrue(c.unverified().stream().allMatch(x -> !x.reason().isBlank()));
    }

    @Test
    void theOutlineSkipsTheContentsAndPlacesTheBudgetSections() {
        List<Paragraph> ps = seed();
        Vocabulary budget = KINDS.vocabulary(ps, null);
        List<Outline.Placed> placed = Outline.of(ps, budget);
        // the contents list the 第三部分 line of which heads (paragraph 27 of the file) holds no figure: not the start
        assertTrue(placed.get(0).paragraph().text().contains("收支预算总体安排情况"), placed.get(0).toString());
        assertEquals("总体", sectionOf(placed, "2023 年收支总预算 7651.80 万元"));
        assertEquals("收入", sectionOf(placed, "2023 年收入预算 7651.80 万元"));
        assertEquals("一般公共预算", sectionOf(placed, "住房公积金（项）454.60 万元"));
        assertEquals("基本支出", sectionOf(placed, "工资福利支出 5112.41 万元"));
        assertEquals("三公", sectionOf(placed, "“三公”经费支出 13.20 万元"));
        assertTrue(placed.stream().noneMatch(p -> p.paragraph().text().contains("一般公共预算财政拨款收入：指市级财政")), "名词解释 ends it");
    }

    private static String sectionOf(List<Outline.Placed> placed, String words) {
        return placed.stream().filter(p -> Narratives.squeeze(p.paragraph().text()).contains(Narratives.squeeze(words)))
            .map(p -> p.section() == null ? null : p.section().key()).findFirst().orElse("(not in the outline)");
    }

    @Test
    void aKindsFileWithAWrongLineIsRefusedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path narrative = java.nio.file.Files.createDirectories(dir.resolve("narrative"));
        for (String f : List.of("sections.txt", "vocabulary.txt", "qualifiers.txt")) {
            java.nio.file.Files.writeString(narrative.resolve(f), TemplateSource.builtIn().read("narrative/" + f));
        }
        java.nio.file.Files.writeString(narrative.resolve("kinds.txt"), "# 种类\n决算 | 20 | | narrative\n预算 | 预算\n");
        TemplateSource source = TemplateSource.folder(dir);
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.suanpan.definition.DefinitionException.class,
            () -> NarrativeKinds.load(source, Vocabulary.load(source)));
        assertTrue(e.getMessage().contains("kinds.txt 第3行"), e.getMessage());
    }

    // ── mutations of the seed text

    private static List<Finding> mutated(String from, String to, Recognition tables) {
        List<Paragraph> ps = seed();
        int at = paragraph(ps, from);
        String text = ps.get(at).text();
        assertTrue(text.contains(from), from);
        return KINDS.check(Narratives.replace(ps, at, text.replace(from, to)), tables, null).findings();
    }

    private static List<Finding> added(List<Finding> after, Recognition tables) {
        Set<Narratives.Key> before = Narratives.keys(KINDS.check(seed(), tables, null).findings());
        return after.stream().filter(f -> !before.contains(Narratives.key(f))).toList();
    }

    @Test
    void anAmountMovedBeyondARoundingStepIsAnErrorAgainstItsCell() {
        for (String[] m : new String[][] {
            {"住房公积金（项）454.60 万元", "住房公积金（项）455.60 万元"},
            {"其他收入 23 万元", "其他收入 25 万元"},
            {"公务接待费 5.11 万元", "公务接待费 5.31 万元"},
            {"工资福利支出 5112.41 万元", "工资福利支出 5122.41 万元"},
            {"住房保障支出 661.80 万元", "住房保障支出 671.80 万元"},
        }) {
            List<Finding> added = added(mutated(m[0], m[1], workbook()), workbook());
            assertTrue(added.stream().anyMatch(f -> f.rule().equals(NarrativeChecker.AMOUNT) && f.severity() == Severity.ERROR),
                m[1] + ": " + added);
        }
    }

    @Test
    void aPercentMovedBeyondARoundingStepIsAnErrorWithOrWithoutTheWorkbook() {
        for (String[] m : new String[][] {
            {"增长 7.06%", "增长 7.36%"},
            {"下降58.13%", "下降57.13%"},
            {"占 99.70%", "占 99.50%"},
            {"占74.92%", "占74.70%"},
            {"降低 40.05%", "降低 41.05%"},
        }) {
            for (Recognition tables : new Recognition[] {workbook(), null}) {
                List<Finding> added = added(mutated(m[0], m[1], tables), tables);
                assertTrue(added.stream().anyMatch(f -> f.severity() == Severity.ERROR), m[1] + (tables == null ? " (text only)" : "") + ": " + added);
            }
        }
    }

    @Test
    void aChangeOnLastYearsBudgetMovedIsCaughtByTheBaseOfTheForm() {
        // the text agrees with itself (446.10 / 8097.90 = 5.51 %), but 8089.90 − 7651.80 is 438.10
        List<Finding> added = added(mutated("比 2022 年预算减少 438.10 万元，下降 5.41%", "比 2022 年预算减少 446.10 万元，下降 5.51%", workbook()),
            workbook());
        assertTrue(added.stream().anyMatch(f -> f.rule().equals(NarrativeChecker.PRIOR) && f.severity() == Severity.ERROR), added.toString());
    }

    @Test
    void aFigureChangedWithinItsRoundingIsQuiet() {
        for (String[] m : new String[][] {
            {"占 25.30%", "占 25.3%"},
            {"增长 5.40%", "增长 5.41%"},      // 6.62 / 122.48 = 5.405 %: both roundings of the interval
            {"7628.80万元,比2022年", "7628.8万元,比2022年"},
            {"下降 11.21%", "下降 10.08%"},    // the real mistake corrected
            {"减少438.10万元,下降5.41%,主要", "减少461.10万元,下降5.70%,主要"},
        }) {
            List<Finding> after = mutated(m[0], m[1], workbook());
            List<Finding> added = added(after, workbook());
            assertEquals(List.of(), added, m[1]);
        }
        // and corrected, the real mistakes go away
        assertTrue(mutated("下降 11.21%", "下降 10.08%", workbook()).size() < KINDS.check(seed(), workbook(), null).findings().size());
    }

    @Test
    void aNestedBreakdownAndAListEndingAtASemicolonAreNotSummedWithTheirSiblings() {
        List<Paragraph> ps = seed();
        List<Finding> findings = KINDS.check(ps, null, null).findings();
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals(NarrativeChecker.PARTS)), findings.toString());
        // the list that does end at the “；” still adds up: 5164.74 + 550.80 ≠ 5715.54 is caught
        List<Finding> wrong = added(mutated("、公用经费550.80万元;", "、公用经费560.80万元;", null), null);
        assertTrue(wrong.stream().anyMatch(f -> f.rule().equals(NarrativeChecker.PARTS) && f.severity() == Severity.ERROR), wrong.toString());
        List<Finding> breakdown = added(mutated("公务用车运行维护费 8.09 万元)", "公务用车运行维护费 8.29 万元)", null), null);
        assertTrue(breakdown.stream().anyMatch(f -> f.rule().equals(NarrativeChecker.PARTS) && f.severity() == Severity.ERROR), breakdown.toString());
    }

    // ── a budget text of another department, in our own words and figures

    private static final String OWN = """
        某市档案馆 2024 年部门预算

        第三部分 某市档案馆 2024 年部门预算情况说明

        一、收支预算总体安排情况

        2024 年收支总预算 1250.00 万元，比 2023 年预算增加 50.00 万元，增长 4.17%，主要是档案数字化项目启动。

        二、收入预算安排情况

        2024 年收入预算 1250.00 万元，其中：一般公共预算财政拨款收入 1200.00 万元，占 96.00%；其他收入 50.00 万元，占 4.00%。

        三、支出预算安排情况

        2024 年支出预算 1250.00 万元，其中：基本支出 900.00 万元，占 72.00%；项目支出 350.00 万元，占 28.00%。

        五、一般公共预算支出安排情况

        2024 年一般公共预算拨款 1200.00 万元。

        基本支出 900.00 万元，占 75.00%，其中：人员经费 780.00 万元、公用经费 120.00 万元；项目支出 300.00 万元，占 25.00%。

        1. 文化旅游体育与传媒支出（类）文化和旅游（款）档案馆（项）1080.00 万元，比 2023 年预算增加 80.00 万元，增长 8.00%，主要是数字化项目。

        2. 住房保障支出（类）住房改革支出（款）住房公积金（项）120.00 万元，比 2023 年预算减少 30.00 万元，下降 20.00%，主要是人员退休。

        七、一般公共预算“三公”经费支出安排情况

        2024 年一般公共预算“三公”经费支出 6.30 万元，比 2023 年减少 0.70 万元，下降 10.00%。其中：因公出国(境)费 0 万元；公务用车购置及运行维护费 4.50 万元(公务用车购置费 0 万元，公务用车运行维护费 4.50 万元)；公务接待费 1.80 万元。

        第四部分 名词解释
        """;

    @Test
    void aShortBudgetTextOfAnotherDepartmentIsCleanAndChecked() {
        List<Paragraph> ps = NarrativeReader.lines(OWN);
        assertTrue(KINDS.vocabulary(ps, null).budget());
        NarrativeChecker.Result r = KINDS.check(ps, null, null);
        assertEquals(List.of(), r.findings());
        assertTrue(r.coverage().verified() >= 20, r.coverage().toString());
        // and each of its percentages can fail: moved a point, every one is an error
        for (String p : List.of("增长 4.17%", "占 96.00%", "占 72.00%", "占 75.00%", "增长 8.00%", "下降 20.00%", "下降 10.00%")) {
            String[] words = p.split(" ");
            String moved = words[0] + " " + new BigDecimal(words[1].replace("%", "")).add(BigDecimal.ONE).toPlainString() + "%";
            assertTrue(OWN.contains(p), p);
            List<Finding> f = KINDS.check(NarrativeReader.lines(OWN.replace(p, moved)), null, null).findings();
            assertTrue(f.stream().anyMatch(x -> x.severity() == Severity.ERROR), p + " → " + moved + ": " + f);
        }
    }
}
