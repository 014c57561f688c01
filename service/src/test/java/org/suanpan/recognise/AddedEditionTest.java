package org.suanpan.recognise;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.template.TemplateWriter;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.TableVariants.Variant;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new edition is a new data file and nothing else: with a test-only 2024 edition (a 三公 table of 14 columns)
 * added to the templates, every sample and every variant gives exactly the findings it gave before, and the 2024
 * blank template is recognised as 2024.
 */
class AddedEditionTest {
    private static final String EDITION_2024 = """
        {
          "edition": "2024",
          "name": "测试用 2024 年版（三公表 14 栏）",
          "extends": "2023",
          "rules": ["2024.rules"],
          "tables": [
            {
              "id": "公开09",
              "title": "财政拨款“三公”经费支出决算表",
              "aliases": ["一般公共预算财政拨款“三公”经费支出决算表"],
              "layout": "single-row",
              "columns": [
                {"no": 1, "header": ["预算数", "合计"]},
                {"no": 2, "header": ["预算数", "因公出国（境）费"]},
                {"no": 3, "header": ["预算数", "公务用车购置及运行维护费", "小计"]},
                {"no": 4, "header": ["预算数", "公务用车购置及运行维护费", "公务用车购置费"]},
                {"no": 5, "header": ["预算数", "公务用车购置及运行维护费", "公务用车运行维护费"]},
                {"no": 6, "header": ["预算数", "公务用车购置及运行维护费", "公务用车租用费"]},
                {"no": 7, "header": ["预算数", "公务接待费"]},
                {"no": 8, "header": ["决算数", "合计"]},
                {"no": 9, "header": ["决算数", "因公出国（境）费"]},
                {"no": 10, "header": ["决算数", "公务用车购置及运行维护费", "小计"]},
                {"no": 11, "header": ["决算数", "公务用车购置及运行维护费", "公务用车购置费"]},
                {"no": 12, "header": ["决算数", "公务用车购置及运行维护费", "公务用车运行维护费"]},
                {"no": 13, "header": ["决算数", "公务用车购置及运行维护费", "公务用车租用费"]},
                {"no": 14, "header": ["决算数", "公务接待费"]}
              ],
              "notes": ["注：测试用版式。"]
            }
          ]
        }
        """;
    private static final String RULES_2024 = """
        T09-01 | 错误 | 公开09: 1栏 = 2栏+3栏+7栏 | 预算数合计应等于各项之和
        T09-02 | 错误 | 公开09: 3栏 = 4栏+5栏+6栏 | 预算数公务用车小计应等于其下各项之和
        T09-03 | 错误 | 公开09: 8栏 = 9栏+10栏+14栏 | 决算数合计应等于各项之和
        T09-04 | 错误 | 公开09: 10栏 = 11栏+12栏+13栏 | 决算数公务用车小计应等于其下各项之和
        """;

    private static Engine before;
    private static Engine after;

    @TempDir
    static Path dir;

    @BeforeAll
    static void engines() throws IOException {
        Path from = Path.of("..", "templates");
        Path to = dir.resolve("templates");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(to.resolve("editions/2024.json"), EDITION_2024, StandardCharsets.UTF_8);
        Files.writeString(to.resolve("rules/2024.rules"), RULES_2024, StandardCharsets.UTF_8);
        before = Fixtures.engine();
        after = Engine.create(TemplateSource.folder(to));
    }

    private static List<String> all(CheckResult r) {
        List<String> out = new ArrayList<>();
        out.add("edition " + r.recognition().edition().id());
        for (Finding f : r.findings()) {
            out.add(f.rule() + "|" + f.severity().code() + "|" + f.table() + "|" + f.cell() + "|" + f.message());
        }
        return out;
    }

    @Test
    void everySampleAndVariantGivesTheSameFindingsWithTheEditionAdded() throws IOException {
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            assertEquals(all(before.check(Fixtures.sample(sample))), all(after.check(Fixtures.sample(sample))), sample);
            for (Variant v : TableVariantsTest.all(sample)) {
                Path file = Variants.variant(Fixtures.sample(sample), dir.resolve("variant.xlsx"), v.edit());
                assertEquals(all(before.check(file)), all(after.check(file)), sample + ": " + v.name());
            }
        }
    }

    @Test
    void everyEditionsBlankIsRecognisedAsItsEditionWithNoError() throws IOException {
        for (var edition : after.editions().all()) {
            Path blank = dir.resolve("blank-" + edition.id() + ".xlsx");
            new TemplateWriter().write(edition, blank);
            CheckResult r = after.check(blank);
            assertEquals(edition.id(), r.recognition().edition().id(), "blank of " + edition.id());
            assertEquals(0, r.count(Severity.ERROR) + r.count(Severity.WARNING), edition.id() + ": " + r.findings());
        }
    }

    @Test
    void aWorkbookMixingEditionsIsReportedAndCheckedTableByTable() throws IOException {
        String sample = Fixtures.SAMPLE_2023;
        CheckResult base = before.check(Fixtures.sample(sample));
        // 公开01 as the 2019 sets print it, 公开09 as the (test-only) 2024 edition prints it: no edition fits both
        Path file = Variants.variant(Fixtures.sample(sample), dir.resolve("mixed.xlsx"), wb -> {
            org.suanpan.testing.TableVariants.layout2019(base).edit().accept(wb);
            threeOutlaysOf2024(wb.getSheet("公开09表"));
        });
        CheckResult r = after.check(file);
        List<Finding> mixed = r.findings().stream().filter(f -> f.rule().equals("S-13")).toList();
        assertEquals(1, mixed.size(), r.findings().toString());
        assertEquals(Severity.INFO, mixed.get(0).severity());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        assertEquals(9, r.recognition().tables().size());
        // the printed table numbers (公开01表…) make it the 2024 set; its 公开01 follows 2019 and is read by its labels
        assertEquals("2024", r.recognition().edition().id());
        assertTrue(mixed.get(0).message().contains("2019"), mixed.get(0).message());
        assertTrue(r.relations().stream().anyMatch(rel -> rel.rule().text().equals("公开09: 1栏 = 2栏+3栏+7栏")),
            "公开09 is checked by the rules of the edition it follows");
    }

    @Test
    void aTableOfAnotherEditionIsCheckedByThatEditionsRulesAndLeftOutOfTheRelationsBetweenTables() throws IOException {
        // a 2021/2022 set (表1…表9) whose 三公 table has the 2024 test edition's 14 columns
        Path file = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("mixed-2022.xlsx"),
            wb -> threeOutlaysOf2024(wb.getSheet("表7")));
        CheckResult r = after.check(file);
        assertEquals("2021", r.recognition().edition().id());
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList());
        assertEquals(1, r.findings().stream().filter(f -> f.rule().equals("S-13")).count(), r.findings().toString());
        assertTrue(r.relations().stream().anyMatch(rel -> rel.rule().text().equals("公开09: 1栏 = 2栏+3栏+7栏")),
            "公开09 is checked by the 2024 rules");
        assertTrue(r.relations().stream().noneMatch(rel -> rel.rule().code().equals("W06-01")),
            "relations between 公开09 and the 2021 tables are left out");
    }

    /** The 三公 table with the 2024 test edition's 14 columns (公务用车租用费 beside 购置费 and 运行维护费), figures made up. */
    private static void threeOutlaysOf2024(org.apache.poi.ss.usermodel.Sheet s) {
        for (int r = s.getLastRowNum(); r >= 2; r--) {
            if (s.getRow(r) != null) {
                s.removeRow(s.getRow(r));
            }
        }
        while (s.getNumMergedRegions() > 0) {
            s.removeMergedRegion(0);
        }
        String[] top = {"合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "", "公务接待费"};
        String[] sub = {"", "", "小计", "公务用车购置费", "公务用车运行维护费", "公务用车租用费", ""};
        double[][] values = {{9.0, 1.0, 6.0, 0.0, 5.0, 1.0, 2.0}, {7.5, 0.5, 5.5, 0.0, 4.5, 1.0, 1.5}};
        var r0 = s.createRow(2);
        var r1 = s.createRow(3);
        var r2 = s.createRow(4);
        var r3 = s.createRow(5);
        var r4 = s.createRow(6);
        for (int g = 0; g < 2; g++) {
            r0.createCell(g * 7).setCellValue(g == 0 ? "预算数" : "决算数");
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 2, g * 7, g * 7 + 6));
            s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, g * 7 + 2, g * 7 + 5));
            for (int c = 0; c < 7; c++) {
                if (!top[c].isEmpty()) {
                    r1.createCell(g * 7 + c).setCellValue(top[c]);
                }
                if (!sub[c].isEmpty()) {
                    r2.createCell(g * 7 + c).setCellValue(sub[c]);
                }
                r3.createCell(g * 7 + c).setCellValue(g * 7 + c + 1);
                r4.createCell(g * 7 + c).setCellValue(values[g][c]);
            }
        }
    }
}
