package org.suanpan.explain;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.read.UnusableInputException;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Office;
import org.suanpan.testing.Variants;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code explain 预算.xlsx}: the 部门预算情况说明 draft, its figures read from the budget's tables (seed 001's 7651.80,
 * 7628.80 占 99.70%), its changes on last year's budget when one is given, its three charts.
 */
class BudgetExplainTest {
    private final Engine engine = Fixtures.engine();
    private final Path budget = Fixtures.sample(Fixtures.BUDGET_2023);

    @TempDir
    Path dir;

    private Recognition recognise(Path file) {
        return engine.recognise(engine.read(file, file.getFileName().toString()));
    }

    private Path draft(Recognition current, Recognition prior) throws Exception {
        Path out = dir.resolve("draft" + (prior == null ? "" : "-prior") + ".docx");
        new DraftWriter().write(current, prior, out);
        return out;
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static BigDecimal figure(Recognition r, String ref) {
        return new Quantities(r).of(FormulaParser.parseSum(ref)).map(Quantity::value).orElseThrow(() -> new AssertionError(ref))
            .setScale(2, RoundingMode.HALF_UP);
    }

    private static String pct(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theDraftStatesTheBudgetsFiguresAndSharesComputedFromItsTables() throws Exception {
        Recognition r = recognise(budget);
        String text = String.join("\n", paragraphs(draft(r, null)));
        BigDecimal total = figure(r, "预算01 12行");
        BigDecimal general = figure(r, "预算01 1行");
        assertEquals("7651.80", total.toPlainString());
        String income = "其中：一般公共预算拨款收入" + general + "万元，占" + pct(general, total) + "%；其他收入" + figure(r, "预算01 9行") + "万元，占"
            + pct(figure(r, "预算01 9行"), total) + "%";
        assertTrue(text.contains(income), income + " in " + text);
        assertTrue(text.contains("7628.80万元，占99.70%"), text);
        // 五(二): shares of the 一般公共预算 total (74.92%), not of all spending (74.70%) as in 三
        BigDecimal basic = figure(r, "预算05-1 合计行 2栏");
        assertTrue(text.contains("基本支出" + basic + "万元，占" + pct(basic, figure(r, "预算05-1 合计行 1栏")) + "%"), text);
        assertTrue(text.contains("基本支出5715.54万元，占74.92%") && text.contains("基本支出5715.54万元，占74.70%"), text);
        assertTrue(text.contains("卫生健康支出（类）医疗保障管理事务（款）行政运行（项）3842.55万元"), text);
        assertTrue(text.contains("卫生健康支出（类）行政事业单位医疗（款）619.67万元"), "a 款 without 项 is a leaf: " + text);
        assertTrue(text.contains("“三公”经费支出" + figure(r, "预算07 1栏") + "万元"), text);
        assertTrue(text.contains("2023年没有使用政府性基金预算拨款安排的支出"), text);
        assertTrue(text.contains("一般公共预算本年拨款1913.26万元、单位资金23.00万元"), text);
        assertTrue(text.contains("机关运行经费550.80万元"), text);
        // 十: one line per 预算12 form, its name and 当年预算, in form order
        assertTrue(text.contains("医疗保障管理工作经费1007.41万元，主要用于" + DraftWriter.FILL)
            && text.indexOf("医疗保险经办服务工作278.85万元") < text.indexOf("医疗保险经办运行工作经费650.00万元")
            && text.indexOf("医疗保险经办服务工作278.85万元") > text.indexOf("医疗保障管理工作经费1007.41万元"), text);
        assertTrue(text.contains("3个一级项目支出绩效目标"), "one per 预算12 form: " + text);
        assertTrue(text.contains("比2022年预算增加（减少）" + DraftWriter.FILL), "without last year's budget the changes are left to fill: " + text);
    }

    @Test
    void theDraftHasTheBudgetsOutlineAndThreeCharts() throws Exception {
        Path docx = draft(recognise(budget), null);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、"),
                headings.stream().map(h -> h.substring(0, h.indexOf('、') + 1)).toList());
            assertTrue(headings.get(0).contains("收支预算总体安排") && headings.get(10).contains("其他重要事项"), headings.toString());
            assertEquals(3, doc.getCharts().size());
            assertTrue(doc.getParagraphs().get(0).getText().contains("武汉市医疗保障局") && doc.getParagraphs().get(0).getText().contains("部门预算情况说明"));
        }
    }

    @Test
    void withLastYearsBudgetTheChangesAreComputed() throws Exception {
        // last year's budget: the same tables as 2022's, 行政运行 at seed 001's 2022 figure 4077.29
        Path prior = Variants.variant(budget, dir.resolve("武汉市医疗保障局-2022-部门预算表.xlsx"), wb -> {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("2023")) {
                            org.suanpan.testing.TableVariants.setText(c, c.getStringCellValue().replace("2023", "2022"));
                        } else if (s.getSheetName().startsWith("表5-1") && c.getCellType() == CellType.NUMERIC
                            && Math.abs(c.getNumericCellValue() - 3842.55) < 1e-6) {
                            c.setCellValue(4077.29);
                        } else if (s.getSheetName().startsWith("表5-1") && c.getCellType() == CellType.STRING
                            && c.getStringCellValue().strip().replace(",", "").equals("3842.55")) {
                            org.suanpan.testing.TableVariants.setText(c, "4,077.29");
                        }
                    }
                }
            }
        });
        Recognition before = engine.prior(prior, prior.getFileName().toString(), recognise(budget));
        assertEquals(new BigDecimal("4077.29"), figure(before, "预算05-1 2101501 1栏"));
        List<String> text = paragraphs(draft(recognise(budget), before));
        assertTrue(text.stream().anyMatch(p -> p.contains("行政运行（项）3842.55万元，比2022年预算减少234.74万元，下降5.76%")), text.toString());
        assertTrue(text.stream().anyMatch(p -> p.contains("住房公积金（项）454.60万元，与2022年预算持平")), text.toString());
        assertTrue(text.stream().noneMatch(p -> p.contains("增加（减少）")), text.toString());
    }

    @Test
    void aDecisionWorkbookAsLastYearsBudgetIsRefused() {
        Recognition accounts = recognise(Fixtures.sample(Fixtures.SAMPLE_2023));
        var e = assertThrows(UnusableInputException.class, () -> draft(recognise(budget), accounts));
        assertTrue(e.getMessage().contains("不是部门预算"), e.getMessage());
    }

    @Test
    void theBudgetDraftOpensInLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "SUANPAN_SKIP_OFFICE=1: LibreOffice runs in the integration-test phase");
        Path docx = draft(recognise(budget), null);
        String text = Office.text(Office.toPdf(docx)).replaceAll("\\s+", "");
        for (String p : paragraphs(docx)) {
            if (p.startsWith("十一、") || p.startsWith("二、") || p.startsWith("图")) {
                assertTrue(text.contains(p.replaceAll("\\s+", "")), "PDF shows “" + p + "”");
            }
        }
    }
}
