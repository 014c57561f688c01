package org.suanpan.template;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Relation;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Layout;
import org.suanpan.definition.Severity;
import org.suanpan.fill.FillPlan;
import org.suanpan.fill.Filler;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.RowKind;
import org.suanpan.recognise.TableRow;
import org.suanpan.rules.Comparison;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Office;
import org.suanpan.testing.Variants;
import org.suanpan.testing.WorkbookFingerprint;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blank templates are drawn from the definitions, recognised as what they are, and work with fill and check. */
class TemplatesTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private static Path committed(String edition) {
        Path p = Path.of("..", "templates", "blank", edition + ".xlsx");
        assertTrue(Files.isRegularFile(p), "templates/blank/" + edition + ".xlsx is committed");
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2021", "2019", "2016"})
    void committedTemplatesAreWhatTheGeneratorDraws(String edition) throws IOException {
        Path fresh = dir.resolve(edition + ".xlsx");
        new TemplateWriter().write(engine.editions().get(edition), fresh);
        WorkbookFingerprint a = WorkbookFingerprint.of(committed(edition));
        WorkbookFingerprint b = WorkbookFingerprint.of(fresh);
        assertEquals(a.sheetOrder, b.sheetOrder);
        assertEquals(a.sheets, b.sheets);
        assertEquals(a.cells, b.cells);
        assertEquals(a.fills, b.fills);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2021", "2019", "2016"})
    void templatesAreRecognisedAsTheirEditionWithNoError(String edition) {
        CheckResult r = engine.check(committed(edition));
        assertEquals(edition, r.recognition().edition().id());
        assertEquals(9, r.recognition().tables().size());
        assertEquals(0, r.count(Severity.ERROR), r.findings().toString());
        assertEquals(0, r.count(Severity.WARNING), r.findings().toString());
    }

    /**
     * The leaves of a sample typed into the blank template — incomes, 项 amounts, 经济分类 款, 三公 items — and fill
     * computes every total, class line and copy between tables: the result checks without error and carries the
     * sample's published totals.
     */
    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void aTemplateFilledWithLeafValuesThenFilledHasNoError(String sample) throws IOException {
        CheckResult published = engine.check(Fixtures.sample(sample));
        Edition edition = published.recognition().edition();
        Set<AmountCell> derived = derived(published);
        CheckResult blank = engine.check(committed(edition.id()));
        Path typed = Variants.variant(committed(edition.id()), dir.resolve("typed.xlsx"), wb -> {
            for (RecognisedTable from : published.recognition().tables().values()) {
                RecognisedTable to = blank.recognition().table(from.id()).orElseThrow();
                copyLeaves(wb, from, to, derived);
            }
        });
        FillPlan plan = new Filler(engine).plan(engine.read(typed, "typed.xlsx"));
        assertEquals(0, plan.after().count(Severity.ERROR), plan.after().findings().toString());
        Map<String, BigDecimal> totals = new java.util.HashMap<>();
        for (RecognisedTable t : plan.after().recognition().tables().values()) {
            for (TableRow r : t.rows()) {
                r.cells().forEach((col, c) -> totals.put(t.id() + "|" + key(r) + "|" + col, c.value()));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (RecognisedTable t : published.recognition().tables().values()) {
            for (TableRow r : t.rows()) {
                r.cells().forEach((col, c) -> {
                    BigDecimal got = totals.getOrDefault(t.id() + "|" + key(r) + "|" + col, BigDecimal.ZERO);
                    if (got.subtract(c.value()).abs().compareTo(new BigDecimal("0.02")) > 0) {
                        wrong.add(t.id() + " " + r.describe() + " " + col + "栏: published " + c.value() + ", template gives " + got);
                    }
                });
            }
        }
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2021", "2019", "2016"})
    void templatesOpenInLibreOffice(String edition) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "SUANPAN_SKIP_OFFICE=1: LibreOffice runs in the integration-test phase");
        String text = Office.text(Office.toPdf(committed(edition)));
        assertTrue(text.contains("收入支出决算总表"), text);
        assertTrue(text.contains("一般公共预算财政拨款基本支出决算明细表"));
    }

    private static String key(TableRow r) {
        return r.kind() == RowKind.LINE ? "L" + r.line() : r.kind() == RowKind.CODE ? "C" + r.code() : r.kind().name() + r.label();
    }

    /** Every total the sample prints: the left side of a relation between several cells. */
    private static Set<AmountCell> derived(CheckResult r) {
        Set<AmountCell> out = new HashSet<>();
        for (Relation rel : r.relations()) {
            if (rel.rule().severity() == Severity.ERROR && rel.rule().formula().comparison() == Comparison.EQUAL
                && rel.cells().size() >= 2 && !rel.left().isEmpty()) {
                out.add(rel.left().get(0).cell());
            }
        }
        return out;
    }

    private static void copyLeaves(Workbook wb, RecognisedTable from, RecognisedTable to, Set<AmountCell> derived) {
        Sheet sheet = wb.getSheet(to.sheet());
        List<TableRow> codeRows = to.def().layout() == Layout.CODED
            ? to.rows().stream().filter(r -> r.kind() == RowKind.TOTAL).toList() : List.of();
        int nextFree = codeRows.isEmpty() ? -1 : codeRows.get(0).sheetRow() + 1;
        for (TableRow r : from.rows()) {
            TableRow target = switch (r.kind()) {
                case LINE -> to.line(r.line()).orElse(null);
                case CODE -> to.def().layout() == Layout.CODED ? null : to.code(r.code()).orElse(null);
                case SINGLE -> to.single().orElse(null);
                default -> null;
            };
            int sheetRow;
            if (r.kind() == RowKind.CODE && to.def().layout() == Layout.CODED) {
                sheetRow = nextFree++;
                Row row = sheet.getRow(sheetRow);
                row.getCell(0).setCellValue(r.code());
                row.getCell(1).setCellValue(r.label());
            } else if (target != null) {
                sheetRow = target.sheetRow();
            } else {
                continue;
            }
            for (var e : r.cells().entrySet()) {
                AmountCell c = e.getValue();
                if (derived.contains(c) || c.empty()) {
                    continue;
                }
                int col = target != null && target.cell(e.getKey()) != null ? target.cell(e.getKey()).col()
                    : to.rows().stream().filter(x -> x.kind() == RowKind.TOTAL).findFirst().orElseThrow().cell(e.getKey()).col();
                sheet.getRow(sheetRow).getCell(col).setCellValue(c.value().doubleValue());
            }
        }
    }
}
