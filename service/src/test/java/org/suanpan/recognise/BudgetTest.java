package org.suanpan.recognise;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.check.Relation;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 001's 部门预算 (twelve tables, 表5 and 表12 in parts, 表11/12 forms) read by the 预算2023 edition: every table
 * recognised, the errors exactly the seed's real mistake (表12-1 funds 医疗保障管理工作经费 1007.41 all from 一般公共预算
 * where 表5-1 has 984.41 and 说明十 单位资金 23), the same findings in layout variants, and every amount checked.
 */
class BudgetTest {
    private static final List<BigDecimal> LARGE = List.of(new BigDecimal("1.00"), new BigDecimal("-1.00"));
    private static final List<BigDecimal> SMALL = List.of(new BigDecimal("0.01"), new BigDecimal("-0.01"));

    /**
     * Form amounts that only an inequality reads, with the direction a change by 1.00 leaves unnoticed: a 项目总预算
     * may exceed the year's budget, 申请当年预算拨款 may be less than the 一般公共预算 funds, 项目采购 less than the
     * year's budget; the 上年度结转 part of the funds has no relation in DOMAIN-budget.md.
     */
    private static final Map<String, String> KNOWN_HOLES = Map.of(
        "项目总预算 1.00", "总预算 ≥ 当年预算 only",
        "其中申请当年预算拨款 -1.00", "申请当年 ≤ 一般公共预算 only",
        "其中使用上年度财政拨款结转 1.00", "no relation",
        "其中使用上年度财政拨款结转 -1.00", "no relation",
        "项目采购 1.00", "采购 ≤ 当年预算 only",
        "项目采购 -1.00", "采购 ≤ 当年预算 only");

    private final Engine engine = Fixtures.engine();

    private CheckResult sample() {
        return engine.check(Fixtures.sample(Fixtures.BUDGET_2023), Fixtures.BUDGET_2023);
    }

    @Test
    void everyTableOfTheBudgetIsRecognisedByTheBudgetEdition() {
        CheckResult r = sample();
        assertEquals("预算2023", r.recognition().edition().id());
        assertEquals(List.of("预算01", "预算03", "预算04", "预算05-1", "预算05-2", "预算06", "预算07", "预算11", "预算12-1", "预算12-2", "预算12-3"),
            List.copyOf(new TreeSet<>(r.recognition().tables().keySet())));
        // 表2 and 表10 print their title alone, 表8 and 表9 say that there is no such money: noted, not missing
        Set<String> notChecked = r.findings().stream().filter(f -> f.rule().equals("S-10")).map(Finding::table).collect(Collectors.toSet());
        assertEquals(Set.of("预算02", "预算08", "预算09", "预算10"), notChecked);
        assertEquals(11, r.recognition().tables().get("预算12-1").rows().size(), "nine amounts and two lists of a project form");
        assertEquals(4, r.recognition().tables().get("预算12-3").labelled("支出明细").orElseThrow().cells().size(), "表12-3's four activities");
        assertEquals(new BigDecimal("1007.41"), r.recognition().tables().get("预算12-1").labelled("项目当年预算").orElseThrow().cell(1).value());
    }

    @Test
    void theErrorsAreExactlyTheSeedsFundingConflict() {
        CheckResult r = sample();
        assertEquals(List.of("BX12-01 表12-1!F16 23.00", "BX12-02 表12-1!F20 -23.00", "S-24 表12-1!F16 null"), errors(r));
        // 表12-2 “2023 年申报 278.85 元” for 278.85 万元; 表12-2/12-3 特定目标类项目 where 表11 lists 本级支出项目;
        // every 起始年度 after a year the form itself gives a budget for; 表11's 基本医疗保险参保率 without 指标值 and
        // 年度目标3's 近两年 headed 2020年/2021年
        assertEquals(List.of("S-16 表12-2!B13", "S-17 表12-2!B8", "S-17 表12-3!B8", "S-18 表12-1!B9", "S-18 表12-2!B9", "S-18 表12-3!B9",
                "S-19 表11!E40", "S-22 表11!E58"),
            r.findings().stream().filter(f -> f.severity() == Severity.WARNING)
                .map(f -> f.rule() + " " + f.sheet().substring(0, f.sheet().indexOf(' ')) + "!" + f.cell()).sorted().toList());
        // the 210 class printed 6478.37 for 619.67 + 5858.71 = 6478.38: a rounding note, never an error
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("B03-03") && f.severity() == Severity.INFO && "C9".equals(f.cell())));
        Finding conflict = r.findings().stream().filter(f -> f.rule().equals("BX12-01")).findFirst().orElseThrow();
        assertTrue(conflict.cells().containsAll(List.of("表12-1 项目支出绩效目标表!F16", "表12-2 项目支出绩效目标表!F16",
            "表12-3 项目支出绩效目标表!F16", "表5-1 一般公共预算支出表(分功能科目)!G5")), conflict.cells().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"renamed and reversed", "shifted", "amounts as text", "xls", "stacked on one sheet"})
    void layoutVariantsGiveTheSameFindings(String variant, @TempDir Path dir) throws IOException {
        Consumer<XSSFWorkbook> edit = switch (variant) {
            case "renamed and reversed" -> Variants::renameAndReverse;
            case "shifted" -> wb -> Variants.shift(wb, 2, 1);
            case "amounts as text" -> Variants::amountsAsText;
            default -> wb -> { };
        };
        Path file = Variants.variant(Fixtures.sample(Fixtures.BUDGET_2023), dir.resolve("v.xlsx"), edit);
        if (variant.equals("xls")) {
            try (XSSFWorkbook wb = Variants.open(file); Workbook xls = Variants.asXls(wb)) {
                file = Variants.write(xls, dir.resolve("v.xls"));
            }
        } else if (variant.equals("stacked on one sheet")) {
            try (XSSFWorkbook wb = Variants.open(file); Workbook one = Variants.stackedOnOneSheet(wb)) {
                file = Variants.write(one, dir.resolve("one.xlsx"));
            }
        }
        CheckResult r = engine.check(file, file.getFileName().toString());
        assertEquals("预算2023", r.recognition().edition().id());
        assertEquals(11, r.recognition().tables().size(), r.recognition().tables().keySet().toString());
        assertEquals(List.of("BX12-01", "BX12-02", "S-24"), errors(r).stream().map(e -> e.substring(0, e.indexOf(' '))).toList());
        List<String> base = sample().findings().stream().map(f -> f.rule() + " " + f.difference()).sorted().toList();
        assertEquals(base, r.findings().stream().map(f -> f.rule() + " " + f.difference()).sorted().toList());
    }

    @Test
    void aDraftExplanationOfABudgetIsTheBudgetsNotADecisionsWithZeros(@TempDir Path dir) throws Exception {
        Recognition r = sample().recognition();
        Path out = dir.resolve("draft.docx");
        new org.suanpan.explain.DraftWriter().write(r, null, out);
        try (var in = java.nio.file.Files.newInputStream(out); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            String title = doc.getParagraphs().get(0).getText();
            assertTrue(title.contains("部门预算情况说明") && !title.contains("决算"), title);
        }
    }

    @Test
    void aPrinted收入总表IsCheckedAgainstTheOtherTables(@TempDir Path dir) throws IOException {
        // 表2 as seed 001 implies it: 一般公共预算 7628.80 and 其他收入 23.00, the 23.00 on 2101505
        String[][] rows = {
            {"", "合计", "7651.80", "7628.80", "23.00"}, {"208", "社会保障和就业支出", "511.63", "511.63", "0"},
            {"20805", "行政事业单位养老支出", "511.63", "511.63", "0"}, {"2080501", "行政单位离退休", "42.15", "42.15", "0"},
            {"2080505", "机关事业单位基本养老保险缴费支出", "469.48", "469.48", "0"}, {"210", "卫生健康支出", "6478.38", "6455.38", "23.00"},
            {"21011", "行政事业单位医疗", "619.67", "619.67", "0"}, {"21015", "医疗保障管理事务", "5858.71", "5835.71", "23.00"},
            {"2101501", "行政运行", "3842.55", "3842.55", "0"}, {"2101505", "医疗保障政策管理", "1007.41", "984.41", "23.00"},
            {"2101506", "医疗保障经办事务", "928.85", "928.85", "0"}, {"2101599", "其他医疗保障管理事务支出", "79.90", "79.90", "0"},
            {"221", "住房保障支出", "661.80", "661.80", "0"}, {"22102", "住房改革支出", "661.80", "661.80", "0"},
            {"2210201", "住房公积金", "454.60", "454.60", "0"}, {"2210202", "提租补贴", "78.10", "78.10", "0"}, {"2210203", "购房补贴", "129.10", "129.10", "0"}};
        String[] header = {"科目编码", "科目名称", "合计", "一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入",
            "事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入", "上年结转结余"};
        Path file = Variants.variant(Fixtures.sample(Fixtures.BUDGET_2023), dir.resolve("with2.xlsx"), wb -> {
            var s = wb.getSheet("表2 收入总表");
            s.removeRow(s.getRow(3));
            var h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows.length; i++) {
                var row = s.createRow(3 + i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
                for (int c = 2; c < header.length; c++) {
                    String v = c == 2 ? rows[i][2] : c == 3 ? rows[i][3] : c == 11 ? rows[i][4] : "0";
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                }
            }
        });
        CheckResult r = engine.check(file, "with2.xlsx");
        assertTrue(r.recognition().tables().containsKey("预算02"));
        assertEquals(errors(sample()), errors(r), "a consistent 表2 adds no error");
        assertTrue(r.relations().stream().anyMatch(x -> x.rule().code().equals("BX02-01")), "表2 compared with 表1");
        // one more 万元 of 其他收入 on 2101505 is caught at that cell
        Book book = engine.read(file, "with2.xlsx");
        CheckResult changed = engine.check(Books.withNumber(book, "表2 收入总表", 12, 11, new BigDecimal("24.00")));
        assertTrue(changed.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && f.cells().contains("表2 收入总表!L13")),
            errors(changed).toString());
    }

    @Test
    void anActivityAmountUnlikeItsWorkedOutBasisIsAWarning() {
        // 表12-3 D24 460.2 = 5900 平*65 元/平/月*12 月 (and D25 91.9 ≈ 5900*12.98*12 = 91.8984): quiet as printed
        assertTrue(sample().findings().stream().noneMatch(f -> f.rule().equals("S-23")));
        Book book = engine.read(Fixtures.sample(Fixtures.BUDGET_2023), Fixtures.BUDGET_2023);
        CheckResult r = engine.check(Books.withNumber(book, "表12-3 项目支出绩效目标表", 23, 3, new BigDecimal("470.20")));
        assertEquals(List.of("D24"), r.findings().stream().filter(f -> f.rule().equals("S-23")).map(Finding::cell).toList());
    }

    @Test
    void changeByOneIsAnErrorAtThatCell() {
        assertEquals(List.of(), mutate(LARGE));
    }

    @Test
    void changeByOneCentIsAnErrorOnlyBeyondTolerance() {
        assertEquals(List.of(), mutate(SMALL));
    }

    /** Every amount the budget's tables hold, changed one at a time; the failures (at most 20). */
    private List<String> mutate(List<BigDecimal> deltas) {
        Book book = engine.read(Fixtures.sample(Fixtures.BUDGET_2023), Fixtures.BUDGET_2023);
        CheckResult base = engine.check(book);
        Set<String> baseErrors = new LinkedHashSet<>(errors(base));
        Map<AmountCell, String> cells = new java.util.LinkedHashMap<>();
        base.recognition().tables().values().forEach(t -> t.rows().forEach(row -> row.cells().values().forEach(c -> cells.put(c, row.label()))));
        assertTrue(cells.size() > 250, "amount positions: " + cells.size());
        List<String> failures = new ArrayList<>();
        for (AmountCell cell : cells.keySet()) {
            for (BigDecimal delta : deltas) {
                if (KNOWN_HOLES.containsKey(cells.get(cell) + " " + delta.toPlainString())) {
                    continue;
                }
                CheckResult r = engine.check(Books.withNumber(book, cell.sheet(), cell.row(), cell.col(), cell.value().add(delta)));
                boolean caught = r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && f.cells().contains(cell.ref())
                    && !baseErrors.contains(error(f)));
                boolean expected = delta.abs().compareTo(BigDecimal.ONE) >= 0 || beyondTolerance(base, cell, delta);
                if (expected && !caught) {
                    failures.add(cell.ref() + " " + delta + ": no new error names the changed cell");
                } else if (!expected && !new LinkedHashSet<>(errors(r).stream().map(e -> e.substring(0, e.lastIndexOf(' '))).toList())
                    .equals(new LinkedHashSet<>(baseErrors.stream().map(e -> e.substring(0, e.lastIndexOf(' '))).toList()))) {
                    failures.add(cell.ref() + " " + delta + ": errors inside tolerance: " + errors(r));
                }
            }
        }
        return failures.subList(0, Math.min(20, failures.size()));
    }

    private static boolean beyondTolerance(CheckResult base, AmountCell cell, BigDecimal delta) {
        for (Relation r : base.relations()) {
            if (r.rule().severity() == Severity.ERROR && r.cells().contains(cell) && !r.broken() && !r.holdsWith(cell, delta)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> errors(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(BudgetTest::error).sorted().toList();
    }

    private static String error(Finding f) {
        return f.rule() + " " + f.sheet().substring(0, f.sheet().indexOf(' ') < 0 ? f.sheet().length() : f.sheet().indexOf(' ')) + "!" + f.cell()
            + " " + (f.difference() == null ? "null" : f.difference().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }
}
