package org.suanpan.check;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check 决算 --narrative 说明 --budget 预算}: the 年初预算 the 决算's 说明五 states, by 项 and in total, against
 * 预算05-1 of the same department and year. The text is written from the budget sample's own 预算05-1 rows.
 */
class OpeningBudgetCheckTest {
    private static final Engine engine = Fixtures.engine();
    private static final Path budget = Fixtures.sample(Fixtures.BUDGET_2023);
    @TempDir
    static Path dir;
    private static Path accounts;
    private static RecognisedTable plan;

    @BeforeAll
    static void accounts() throws IOException {
        // the 曾都区 决算 relabelled as 武汉市医疗保障局's, so that the two are of one department and year
        accounts = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("武汉市医疗保障局-2023-决算.xlsx"), wb -> {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().startsWith("部门：")) {
                            org.suanpan.testing.TableVariants.setText(c, "部门：武汉市医疗保障局");
                        }
                    }
                }
            }
        });
        Recognition r = engine.recognise(engine.read(budget, budget.getFileName().toString()));
        plan = r.tables().get("预算05-1");
    }

    /** A 决算 说明五 stating each leaf row of 预算05-1 (a 款 without 项 too) and the total, shifted where asked. */
    private static String narrative(BigDecimal totalShift, String shiftedCode, BigDecimal shift, boolean withCodes) {
        List<String> lines = new ArrayList<>();
        lines.add("第三部分 武汉市医疗保障局2023年度部门决算情况说明");
        lines.add("五、一般公共预算财政拨款支出决算情况说明");
        lines.add("（三）一般公共预算财政拨款支出决算具体情况");
        BigDecimal total = plan.total().orElseThrow().cell(1).value().add(totalShift);
        lines.add("2023年度一般公共预算财政拨款支出年初预算为" + total.setScale(2) + "万元，支出决算为" + total.setScale(2)
            + "万元，完成年初预算的100%。");
        int n = 1;
        for (TableRow r : plan.rows()) {
            if (r.code() == null || r.code().length() == 3 || !plan.children(r).isEmpty()) {
                continue;
            }
            BigDecimal v = r.cell(1).value().add(r.code().equals(shiftedCode) ? shift : BigDecimal.ZERO).setScale(2);
            String name = withCodes ? r.code() + " " + r.label() + "（项）" : path(r);
            lines.add(n++ + "." + name + "。年初预算为" + v + "万元，支出决算为" + v + "万元，完成年初预算的100%。");
        }
        lines.add("六、一般公共预算财政拨款基本支出决算情况说明");
        lines.add("2023年度一般公共预算财政拨款基本支出5715.54万元。");
        return String.join("\n", lines) + "\n";
    }

    /** “卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”, as 决算 texts name a 项. */
    private static String path(TableRow r) {
        StringBuilder sb = new StringBuilder();
        String[] marks = {"类", "款", "项"};
        for (int len = 3, i = 0; len <= r.code().length(); len += 2, i++) {
            TableRow step = plan.code(r.code().substring(0, len)).orElseThrow();
            sb.append(step.label()).append("（").append(marks[i]).append("）");
        }
        return sb.toString();
    }

    private List<Finding> check(String text) throws IOException {
        Path narrative = Files.writeString(dir.resolve("说明" + text.hashCode() + ".txt"), text, StandardCharsets.UTF_8);
        CheckResult r = engine.checkAll(accounts, accounts.getFileName().toString(), narrative, narrative.getFileName().toString(), null, null,
            budget, budget.getFileName().toString());
        return r.findings().stream().filter(f -> f.rule().startsWith("NB")).toList();
    }

    @Test
    void openingBudgetsEqualToTheBudgetTablesGiveNoFinding() throws IOException {
        assertEquals(List.of(), check(narrative(BigDecimal.ZERO, null, BigDecimal.ZERO, false)));
        assertEquals(List.of(), check(narrative(BigDecimal.ZERO, null, BigDecimal.ZERO, true)));
    }

    @Test
    void aProjectsOpeningBudgetOffByOneYuanIsAnErrorAtItsRow() throws IOException {
        List<Finding> f = check(narrative(BigDecimal.ZERO, "2101501", BigDecimal.ONE, false));
        assertEquals(1, f.size(), f.toString());
        Finding e = f.get(0);
        assertEquals("NB01", e.rule());
        assertEquals(Severity.ERROR, e.severity());
        assertEquals("预算05-1", e.table());
        assertEquals("2101501 行政运行", e.row());
        assertEquals(0, new BigDecimal("3842.55").compareTo(e.right()), e.message());
        assertEquals(0, new BigDecimal("3843.55").compareTo(e.left()), e.message());
        assertTrue(e.message().contains("相差 1.00 万元") && e.message().contains("行政运行"), e.message());
        assertTrue(e.cells().size() == 1 && e.cells().get(0).contains(plan.sheet()), e.cells().toString());
    }

    @Test
    void aProjectNamedByCodeIsFoundByItsCode() throws IOException {
        List<Finding> f = check(narrative(BigDecimal.ZERO, "21011", new BigDecimal("-1.00"), true));
        assertEquals(1, f.size(), f.toString());
        assertEquals("21011 行政事业单位医疗", f.get(0).row());
    }

    @Test
    void theTotalOffIsOneErrorAtTheTotalRow() throws IOException {
        List<Finding> f = check(narrative(BigDecimal.ONE, null, BigDecimal.ZERO, false));
        assertEquals(1, f.size(), f.toString());
        assertEquals("合计", f.get(0).row());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(0, new BigDecimal("7628.80").compareTo(f.get(0).right()));
    }

    @Test
    void aCentOffEitherWayIsRoundingNotAFinding() throws IOException {
        assertEquals(List.of(), check(narrative(new BigDecimal("0.01"), "2210201", new BigDecimal("-0.01"), false)));
        assertEquals(List.of(), check(narrative(new BigDecimal("-0.01"), "2210201", new BigDecimal("0.01"), true)));
    }

    @Test
    void twoCentsOffIsOneStepAndAWarning() throws IOException {
        List<Finding> f = check(narrative(BigDecimal.ZERO, "2210202", new BigDecimal("0.02"), false));
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
    }

    @Test
    void aNameOfNoBudgetRowIsListedNotJudged() throws IOException {
        String text = narrative(BigDecimal.ZERO, null, BigDecimal.ZERO, false)
            .replace("六、", "10.医疗保障信息化建设（项）。年初预算为12.00万元，支出决算为11.00万元，完成年初预算的91.7%。\n六、");
        List<Finding> f = check(text);
        assertEquals(1, f.size(), f.toString());
        assertEquals("NB02", f.get(0).rule());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertTrue(f.get(0).message().contains("医疗保障信息化建设"), f.get(0).message());
    }

    @Test
    void aFullYearBudgetIsNotComparedWithTheOpeningOne() throws IOException {
        String text = narrative(BigDecimal.ZERO, null, BigDecimal.ZERO, false)
            .replace("六、", "全年预算为9999.00万元，支出决算为7628.80万元，完成全年预算的76.3%。\n六、");
        assertEquals(List.of(), check(text));
    }

    @Test
    void aGovernmentFundsOpeningBudgetIsReadAgainstTable8WhichThisBudgetLeavesEmpty() throws IOException {
        // seed 001 prints 预算08 empty (“2023 年没有使用政府性基金预算拨款安排的支出”): 0 fits it, 5.00 cannot be judged
        String zero = narrative(BigDecimal.ZERO, null, BigDecimal.ZERO, false)
            + "七、政府性基金预算财政拨款收入支出决算情况说明\n2023年度政府性基金预算财政拨款支出年初预算为0.00万元，支出决算为0.00万元。\n";
        assertEquals(List.of(), check(zero));
        List<Finding> f = check(zero.replace("年初预算为0.00万元", "年初预算为5.00万元"));
        assertEquals(List.of("NB02"), f.stream().map(Finding::rule).toList(), f.toString());
        assertTrue(f.get(0).message().contains("预算08"), f.get(0).message());
    }

    @Test
    void withoutTheBudgetWorkbookNothingIsCompared() throws IOException {
        String text = narrative(BigDecimal.ONE, "2101501", BigDecimal.ONE, false);
        Path narrative = Files.writeString(dir.resolve("无预算.txt"), text, StandardCharsets.UTF_8);
        CheckResult r = engine.checkAll(accounts, "a.xlsx", narrative, "无预算.txt", null, null, null, null);
        assertFalse(r.findings().stream().anyMatch(x -> x.rule().startsWith("NB")), r.findings().toString());
    }

    @Test
    void theSectionTableFileIsValidAgainstTheBudgetEdition() {
        var source = engine.editions().source();
        var sources = OpeningBudgetCheck.load(source, Vocabulary.load(source), engine.recognise(engine.read(budget, "b.xlsx")).edition());
        assertEquals(List.of("一般公共预算", "政府性基金", "国有资本"), sources.stream().map(OpeningBudgetCheck.Source::section).toList());
    }
}
