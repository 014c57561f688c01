package org.suanpan.fill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Relation;
import org.suanpan.definition.Severity;
import org.suanpan.recognise.AmountCell;
import org.suanpan.rules.Comparison;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Office;
import org.suanpan.testing.Variants;
import org.suanpan.testing.WorkbookFingerprint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fill computes what the relations determine, and never replaces what a person typed. */
class FillTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    /**
     * Every total the sample prints: the cell each multi-cell relation checks (the left side of “合计 = 各项之和”,
     * “1栏 = 2栏 + …”, “公开01 1行 = 公开04 1行”), where the sample has a number.
     */
    private Map<String, BigDecimal> derived(Path sample) {
        CheckResult base = engine.check(sample);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Relation r : base.relations()) {
            if (r.rule().severity() != Severity.ERROR || r.rule().formula().comparison() != Comparison.EQUAL || r.cells().size() < 2
                || r.left().isEmpty()) {
                continue;
            }
            AmountCell anchor = r.left().get(0).cell();
            if (!anchor.empty()) {
                out.putIfAbsent(anchor.ref(), anchor.value());
            }
        }
        return out;
    }

    private Path blanked(Path sample, Iterable<String> refs, String name) throws IOException {
        return Variants.variant(sample, dir.resolve(name), wb -> {
            for (String ref : refs) {
                String sheet = ref.substring(0, ref.indexOf('!'));
                CellReference c = new CellReference(ref.substring(ref.indexOf('!') + 1));
                wb.getSheet(sheet).getRow(c.getRow()).getCell(c.getCol()).setBlank();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void fillRestoresEveryDerivedCellBlankedOutOfASample(String sample) throws IOException {
        Map<String, BigDecimal> derived = derived(Fixtures.sample(sample));
        assertTrue(derived.size() > 60, "derived cells: " + derived.size());
        Path blank = blanked(Fixtures.sample(sample), derived.keySet(), "blank.xlsx");
        FillPlan plan = new Filler(engine).plan(engine.read(blank, "blank.xlsx"));
        Map<String, BigDecimal> filled = new LinkedHashMap<>();
        plan.filled().forEach(f -> filled.put(f.ref(), f.value()));
        List<String> wrong = new ArrayList<>();
        derived.forEach((ref, published) -> {
            // a computed zero is not written: the blank already says zero
            BigDecimal got = filled.getOrDefault(ref, published.signum() == 0 ? BigDecimal.ZERO : null);
            if (got == null || got.subtract(published).abs().compareTo(new BigDecimal("0.02")) > 0) {
                wrong.add(ref + " published " + published + " filled " + got);
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(0, plan.after().count(Severity.ERROR), plan.after().findings().toString());

        Path out = dir.resolve("filled.xlsx");
        new FillWriter().write(blank, engine.read(blank, "b").format(), plan.filled(), out);
        assertEquals(0, engine.check(out).count(Severity.ERROR));
        WorkbookFingerprint before = WorkbookFingerprint.of(blank);
        WorkbookFingerprint after = WorkbookFingerprint.of(out);
        before.cells.forEach((cell, text) -> {
            if (!filled.containsKey(cell)) {
                assertEquals(text, after.cells.get(cell), cell);
                assertEquals(before.fills.get(cell), after.fills.get(cell), cell);
            } else {
                assertNotEquals(before.fills.get(cell), after.fills.get(cell), "filled cells are coloured: " + cell);
                assertTrue(after.comments.get(cell).contains("算盘填充"), cell);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void aTypingMistakeIsReportedNotPouredIntoABlankLeaf(String sample) throws IOException {
        Path faulty = Variants.variant(Fixtures.sample(sample), dir.resolve("typo.xlsx"), wb -> Variants.typingMistakes(wb, sample));
        FillPlan plan = new Filler(engine).plan(engine.read(faulty, "typo.xlsx"));
        // The samples leave no total blank, so nothing is derivable: every blank is a zero the department left blank.
        assertEquals(List.of(), plan.filled());
        assertTrue(plan.after().count(Severity.ERROR) > 0, "the mistakes stay visible as conflicts");
    }

    @Test
    void typedValuesAreNeverReplacedAndDisagreementsLeaveTheCellBlank() throws IOException {
        // 合计 本年支出合计 typed 11,300.00 (should be 11,229.01); 合计 基本支出 left blank: two relations give two values
        Path in = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("typo.xlsx"), wb -> {
            Variants.setNumber(wb, "公开03表", "C6", 11300);
            wb.getSheet("公开03表").getRow(5).getCell(3).setBlank();
        });
        FillPlan plan = new Filler(engine).plan(engine.read(in, "typo.xlsx"));
        assertTrue(plan.filled().stream().noneMatch(f -> f.ref().equals("公开03表!C6") || f.ref().equals("公开03表!D6")),
            plan.filled().toString());
        Path out = dir.resolve("out.xlsx");
        new FillWriter().write(in, engine.read(in, "t").format(), plan.filled(), out);
        try (Workbook wb = Variants.open(out)) {
            assertEquals(11300, wb.getSheet("公开03表").getRow(5).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, wb.getSheet("公开03表").getRow(5).getCell(3).getCellType());
        }
        assertTrue(plan.after().count(Severity.ERROR) > 0);
    }

    /**
     * Real exports leave blank totals in the General format; both writers must still show a filled total as the
     * published one was shown (1,183.81, not 1183.81): its number format comes from the nearest number, not from the
     * 科目名称 beside it, and the cell keeps its own font and borders.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bothWritersGiveEveryFilledCellThePublishedNumberFormat(boolean poi) throws IOException {
        Path sample = Fixtures.sample(Fixtures.SAMPLE_2022);
        Map<String, BigDecimal> derived = derived(sample);
        Map<String, String> published = new LinkedHashMap<>();
        try (Workbook wb = Variants.open(sample)) {
            derived.keySet().forEach(ref -> published.put(ref, cell(wb, ref).getCellStyle().getDataFormatString()));
        }
        Path in = Variants.variant(sample, dir.resolve("general.xlsx"), wb -> {
            org.apache.poi.ss.usermodel.CellStyle general = wb.createCellStyle();
            for (String ref : derived.keySet()) {
                Cell c = cell(wb, ref);
                c.setBlank();
                c.setCellStyle(general);
            }
        });
        FillPlan plan = new Filler(engine).plan(engine.read(in, "general.xlsx"));
        assertTrue(plan.filled().size() > 8, plan.filled().toString());
        Path out = dir.resolve("filled.xlsx");
        if (poi) {
            System.setProperty("suanpan.annotate.poi", "true");
        }
        try {
            new FillWriter().write(in, engine.read(in, "g").format(), plan.filled(), out);
        } finally {
            System.clearProperty("suanpan.annotate.poi");
        }
        List<String> wrong = new ArrayList<>();
        try (Workbook wb = Variants.open(out)) {
            for (FilledCell f : plan.filled()) {
                String format = cell(wb, f.ref()).getCellStyle().getDataFormatString();
                if (!format.equals(published.get(f.ref()))) {
                    wrong.add(f.ref() + " " + format + " published " + published.get(f.ref()));
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Cell cell(Workbook wb, String ref) {
        CellReference c = new CellReference(ref.substring(ref.indexOf('!') + 1));
        return wb.getSheet(ref.substring(0, ref.indexOf('!'))).getRow(c.getRow()).getCell(c.getCol());
    }

    @Test
    void filledNumbersTakeTheNumberFormatOfTheirNeighbours() throws IOException {
        Path in = blanked(Fixtures.sample(Fixtures.SAMPLE_2023), List.of("公开05表!C6"), "one.xlsx");
        FillPlan plan = new Filler(engine).plan(engine.read(in, "one.xlsx"));
        assertEquals(List.of("公开05表!C6"), plan.filled().stream().map(FilledCell::ref).toList());
        assertEquals(new BigDecimal("11208.44"), plan.filled().get(0).value());
        Path out = dir.resolve("one-filled.xlsx");
        new FillWriter().write(in, engine.read(in, "o").format(), plan.filled(), out);
        try (Workbook wb = Variants.open(out)) {
            Cell filled = wb.getSheet("公开05表").getRow(5).getCell(2);
            Cell neighbour = wb.getSheet("公开05表").getRow(5).getCell(3);
            assertEquals(11208.44, filled.getNumericCellValue(), 1e-9);
            assertEquals(neighbour.getCellStyle().getDataFormatString(), filled.getCellStyle().getDataFormatString());
            assertTrue(filled.getCellComment().getString().getString().contains("T05-01") || filled.getCellComment().getString().getString().contains("X05"),
                filled.getCellComment().getString().getString());
        }
    }

    @Test
    void cliPrintsTheFilledCellsAsJson() throws IOException {
        Path in = blanked(Fixtures.sample(Fixtures.SAMPLE_2022), List.of("表1!C32", "表1!F35"), "cli.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new org.suanpan.cli.Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
            .run("fill", in.toString(), "-o", dir.resolve("cli-filled.xlsx").toString());
        assertEquals(0, code);
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> cells = new ArrayList<>();
        json.get("filled").forEach(f -> cells.add(f.get("sheet").asText() + "!" + f.get("cell").asText() + "=" + f.get("value").asText()
            + " " + f.get("rule").asText()));
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("表1!C32=1183.81 ")), cells.toString());
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("表1!F35=1183.81")), cells.toString());
        assertEquals(0, json.get("errors").asInt());
    }

    @Test
    void filledWorkbookOpensInLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "SUANPAN_SKIP_OFFICE=1: LibreOffice runs in the integration-test phase");
        Path in = blanked(Fixtures.sample(Fixtures.SAMPLE_2023), List.of("公开05表!C6", "公开01表!C32"), "lo.xlsx");
        FillPlan plan = new Filler(engine).plan(engine.read(in, "lo.xlsx"));
        Path out = dir.resolve("lo-filled.xlsx");
        new FillWriter().write(in, engine.read(in, "o").format(), plan.filled(), out);
        assertTrue(Office.text(Office.toPdf(out)).contains("11,208.44"));
    }
}
