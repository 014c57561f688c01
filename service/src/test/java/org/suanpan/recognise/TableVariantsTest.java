package org.suanpan.recognise;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.TableVariants;
import org.suanpan.testing.TableVariants.Variant;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The samples as other provinces and years print them (titles, older 公开01 layouts, the 三公 table with 会议费 and
 * 培训费, amounts in 元, extra tables, eight-table sets) give the sample's findings: no error and no warning the sample
 * does not have. And a changed amount in any of them is still an error at that cell.
 */
class TableVariantsTest {
    private static final Engine ENGINE = Fixtures.engine();

    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            for (Variant v : all(sample)) {
                out.add(Arguments.of(sample, v));
            }
        }
        return out.stream();
    }

    static List<Variant> all(String sample) {
        CheckResult base = ENGINE.check(Fixtures.sample(sample));
        List<Variant> all = new ArrayList<>(TableVariants.titles(sample));
        all.addAll(TableVariants.sets(sample));
        all.add(TableVariants.meetingsAndTraining(sample, false));
        all.add(TableVariants.meetingsAndTraining(sample, true));
        all.add(TableVariants.inYuan(base));
        all.add(TableVariants.inYuanAsText(base));
        all.add(TableVariants.layout2019(base));
        all.add(TableVariants.layout2016(base));
        return all;
    }

    /** Errors and warnings as comparable keys: what a reader of the report is asked to act on. */
    static List<String> actionable(CheckResult r) {
        List<String> keys = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                keys.add(f.rule() + "|" + f.severity().code() + "|" + f.table() + "|" + f.message());
            }
        }
        keys.sort(null);
        return keys;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void variantGivesTheSamplesFindings(String sample, Variant variant) throws IOException {
        Path file = Variants.variant(Fixtures.sample(sample), dir.resolve("variant.xlsx"), variant.edit());
        List<String> expected = actionable(ENGINE.check(Fixtures.sample(sample)));
        assertEquals(expected, actionable(ENGINE.check(file)), variant.name());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void changedAmountInTheVariantIsAnErrorAtThatCell(String sample, Variant variant) throws IOException {
        Path file = Variants.variant(Fixtures.sample(sample), dir.resolve("variant.xlsx"), variant.edit());
        Book book = ENGINE.read(file, file.getFileName().toString());
        CheckResult base = ENGINE.check(book);
        List<AmountCell> cells = new ArrayList<>();
        for (RecognisedTable t : base.recognition().tables().values()) {
            for (TableRow r : t.rows()) {
                r.cells().forEach((column, cell) -> {
                    // 会议费 and 培训费 outside the 合计 stand alone: no error rule can read them (W09-05/06 compare them)
                    if (!(t.id().equals("公开09") && column >= 13 && !variant.name().contains("including"))) {
                        cells.add(cell);
                    }
                });
            }
        }
        // a change of 1 万元, in whatever unit the tables are printed
        BigDecimal delta = switch (base.recognition().unit().name()) {
            case "元" -> BigDecimal.valueOf(10000);
            case "千元" -> BigDecimal.TEN;
            default -> BigDecimal.ONE;
        };
        assertTrue(cells.size() > 100, "amount positions read: " + cells.size());
        List<String> missed = new ArrayList<>();
        // every fifth position keeps the run short; the positions differ by variant, so together they cover the tables
        for (int i = variant.name().length() % 5; i < cells.size(); i += 5) {
            AmountCell c = cells.get(i);
            CheckResult r = ENGINE.check(Books.withNumber(book, c.sheet(), c.row(), c.col(), c.value().add(delta)));
            if (r.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR && f.cells().contains(c.ref()))) {
                missed.add(c.ref());
            }
        }
        assertEquals(List.of(), missed, variant.name() + ": a change of 1 万元 not caught");
    }

    @org.junit.jupiter.api.Test
    void aMissingTableWithoutAStatementIsStillAnError() throws IOException {
        String sample = Fixtures.SAMPLE_2023;
        Path file = Variants.variant(Fixtures.sample(sample), dir.resolve("missing.xlsx"), wb -> {
            wb.removeSheetAt(wb.getSheetIndex(TableVariants.sheet(sample, "公开08")));
            // a statement about another table does not excuse this one
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本部门无政府性基金预算财政拨款收支，故政府性基金预算财政拨款收入支出决算表为空表。");
        });
        List<String> found = actionable(ENGINE.check(file));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("S-01|error|公开08|"), found.toString());
    }
}
