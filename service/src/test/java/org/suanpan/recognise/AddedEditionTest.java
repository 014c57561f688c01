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
}
