package org.suanpan.recognise;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.TableVariants;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines are identified by label first and 行次 second, within their side: a misnumbered side is read by its labels
 * and the report says so; a line no label or 行次 places is named and left out of every relation, never a false
 * error. Titles go to the table whose title they are, not to one whose title they contain; amounts in 元 are
 * judged as the same figures in 万元.
 */
class LinesByLabelTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private static List<Finding> actionable(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    @Test
    void expenditureLinesNumberedFrom31AreNotTakenForIncomeLines() throws IOException {
        // the 支出 side of the 2023 公开01 numbered 31–61 instead of 32–62: 31 is also the 收入 side's 总计
        Path file = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("v.xlsx"), wb -> {
            Sheet s = wb.getSheet("公开01表");
            for (Row r : s) {
                Cell c = r.getCell(4);
                if (r.getRowNum() >= 5 && c != null && c.getCellType() == CellType.NUMERIC) {
                    c.setCellValue(c.getNumericCellValue() - 1);
                }
            }
        });
        CheckResult r = engine.check(file);
        assertEquals(List.of(), actionable(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("S-11") && f.table().equals("公开01")
            && f.message().contains("已按项目名称认定")), r.findings().toString());
        RecognisedTable t01 = r.recognition().tables().get("公开01");
        TableRow income = t01.rows().stream().filter(x -> "收入".equals(x.side()) && x.key().equals("总计")).findFirst().orElseThrow();
        TableRow spending = t01.rows().stream().filter(x -> "支出".equals(x.side()) && x.key().equals("总计")).findFirst().orElseThrow();
        assertTrue(income.line() != null && spending.line() != null && !income.line().equals(spending.line()), t01.rows().toString());
    }

    @Test
    void aLineNoLabelPlacesIsNamedAndLeftOutOfEveryRelation() throws IOException {
        Path file = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("v.xlsx"), wb ->
            TableVariants.setText(wb.getSheet("公开01表").getRow(12).getCell(0), "八、捐赠收入"));
        CheckResult r = engine.check(file);
        List<Finding> left = actionable(r);
        assertEquals(1, left.size(), left.toString());
        assertEquals("S-12", left.get(0).rule());
        assertTrue(left.get(0).message().contains("捐赠收入") && left.get(0).message().contains("公开01表"), left.get(0).message());
        Set<String> checked = new TreeSet<>();
        r.relations().forEach(rel -> checked.add(rel.rule().code()));
        assertTrue(checked.contains("T01-05") && checked.contains("X02-06"), "relations whose lines were placed are still checked: " + checked);
        assertTrue(!checked.contains("T01-01") && !checked.contains("X02-07"), "relations on the unplaced line are left out: " + checked);
    }

    @Test
    void aTitleNoEditionKnowsIsNotReportedAsMissing() throws IOException {
        Path file = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("v.xlsx"), wb ->
            TableVariants.retitle(wb, "表7", "三公经费支出情况统计表"));
        CheckResult r = engine.check(file);
        assertEquals(List.of(), actionable(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("S-02") && f.severity() == Severity.INFO
            && f.message().contains("三公经费支出情况统计表") && f.message().contains("aliases")), r.findings().toString());
    }

    @Test
    void titlesGoToTheTableWhoseTitleTheyAreNotToOneTheyContain() {
        TitleFinder titles = new TitleFinder(engine.editions().all());
        assertEquals("公开01", titles.match("收入支出决算表"));
        assertEquals("公开01", titles.match("2023年度收入支出决算表（表1）"));
        assertEquals("公开03", titles.match("2023年度支出决算表"));
        assertEquals("公开04", titles.match("财政拨款收入支出决算表"));
        assertEquals("公开05", titles.match("一般公共预算财政拨款收入支出决算表"));
        assertEquals("公开06", titles.match("一般公共预算财政拨款基本支出决算表"));
        assertEquals("公开07", titles.match("政府性基金预算财政拨款收入支出决算表"));
        assertEquals("公开08", titles.match("国有资本经营预算财政拨款收入支出决算表"));
        assertEquals("公开09", titles.match("“三公”经费、行政参公单位机关运行经费情况表"));
        assertEquals("公开09", titles.match("一般公共预算财政拨款\"三公\"经费及会议费、培训费支出决算表"));
    }

    @Test
    void theSameChangeInWanYuanAndInYuanGivesTheSameErrors() throws IOException {
        String sample = Fixtures.SAMPLE_2022;
        CheckResult base = engine.check(Fixtures.sample(sample));
        Path yuan = Variants.variant(Fixtures.sample(sample), dir.resolve("yuan.xlsx"), TableVariants.inYuan(base).edit());
        Book wan = engine.read(Fixtures.sample(sample), sample);
        Book yuanBook = engine.read(yuan, "yuan.xlsx");
        CheckResult yuanBase = engine.check(yuanBook);
        assertEquals("元", yuanBase.recognition().unit().name());
        int compared = 0;
        for (RecognisedTable t : base.recognition().tables().values()) {
            for (TableRow row : t.rows()) {
                for (AmountCell c : row.cells().values()) {
                    if (compared++ % 7 != 0) {
                        continue;
                    }
                    for (String delta : List.of("0.03", "1.00")) {
                        BigDecimal d = new BigDecimal(delta);
                        CheckResult a = engine.check(Books.withNumber(wan, c.sheet(), c.row(), c.col(), c.value().add(d)));
                        CheckResult b = engine.check(Books.withNumber(yuanBook, c.sheet(), c.row(), c.col(),
                            c.value().multiply(BigDecimal.valueOf(10000)).add(d.multiply(BigDecimal.valueOf(10000)))));
                        assertEquals(errors(a), errors(b), c.ref() + " changed by " + delta + " 万元");
                    }
                }
            }
        }
        assertTrue(compared > 50, "positions compared: " + compared);
        assertTrue(actionable(engine.check(Books.withNumber(yuanBook, "表1", 5, 2, new BigDecimal("11497700"))))
            .stream().anyMatch(f -> f.message().contains("（金额单位：元）")), "messages name the unit");
    }

    private static List<String> errors(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule() + "|" + f.table() + "|" + f.row()).sorted().toList();
    }
}
