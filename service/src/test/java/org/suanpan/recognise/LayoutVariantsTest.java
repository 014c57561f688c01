package org.suanpan.recognise;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;
import org.suanpan.read.BookFormat;
import org.suanpan.read.CellAddresses;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same workbook in the layouts real exports come in must give the same findings. The base is a sample with a
 * few typing mistakes put in, so that “the same findings” is more than “no findings”.
 */
class LayoutVariantsTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private Path base(String sample) throws IOException {
        return Variants.variant(Fixtures.sample(sample), dir.resolve("base.xlsx"), wb -> Variants.typingMistakes(wb, sample));
    }

    private List<String> keys(Path file) {
        return keys(file, false);
    }

    /** Findings as comparable keys; {@code relationsOnly} leaves out notes about the layout itself. */
    private List<String> keys(Path file, boolean relationsOnly) {
        CheckResult r = engine.check(file);
        assertEquals(9, r.recognition().tables().size(), "tables found in " + file.getFileName());
        List<String> keys = new ArrayList<>();
        for (Finding f : r.findings()) {
            if (relationsOnly && !f.source().equals("table")) {
                continue;
            }
            keys.add(String.join("|", f.rule(), f.severity().code(), String.valueOf(f.table()), String.valueOf(f.row()),
                String.valueOf(f.left()), String.valueOf(f.right())));
        }
        keys.sort(null);
        return keys;
    }

    private List<String> baseKeys(String sample) throws IOException {
        List<String> keys = keys(base(sample));
        assertTrue(keys.stream().filter(k -> k.contains("|error|")).count() >= 3, "the base should carry errors: " + keys);
        return keys;
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void sheetsRenamedAndReorderedGiveTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v = Variants.variant(base(sample), dir.resolve("renamed.xlsx"), Variants::renameAndReverse);
        assertEquals(expected, keys(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void tablesShiftedDownAndRightGiveTheSameFindingsAtShiftedCells(String sample) throws IOException {
        Path basePath = base(sample);
        List<String> expected = keys(basePath);
        Path v = Variants.variant(basePath, dir.resolve("shifted.xlsx"), wb -> Variants.shift(wb, 3, 2));
        assertEquals(expected, keys(v));
        Map<String, String> baseCells = cellsByKey(engine.check(basePath));
        Map<String, String> shiftedCells = cellsByKey(engine.check(v));
        baseCells.forEach((key, cell) -> {
            int[] p = CellAddresses.parse(cell);
            assertEquals(CellAddresses.a1(p[0] + 3, p[1] + 2), shiftedCells.get(key), key);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void amountsAsTextAndZerosAsDashesGiveTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v = Variants.variant(base(sample), dir.resolve("text.xlsx"), Variants::amountsAsText);
        assertEquals(expected, keys(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void itemCodesWithNamesAndAmountsOnTheNextLineGiveTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v;
        try (XSSFWorkbook wb = Variants.open(base(sample)); Workbook wrapped = Variants.wrappedItemRows(wb)) {
            v = Variants.write(wrapped, dir.resolve("wrapped.xlsx"));
        }
        assertEquals(expected, keys(v));
        CheckResult r = engine.check(v);
        RecognisedTable income = r.recognition().table("公开02").orElseThrow();
        TableRow item = income.rows().stream().filter(row -> row.level() == 3).findFirst().orElseThrow();
        var grid = r.recognition().book().sheets().stream().filter(g -> g.name().equals(income.sheet())).findFirst().orElseThrow();
        assertEquals("", grid.text(item.sheetRow(), 0), "amounts of " + item.describe() + " should stand on the line below its code");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void allTablesOnOneSheetBetweenContentsAndNotesGiveTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v;
        try (XSSFWorkbook wb = Variants.open(base(sample)); Workbook stacked = Variants.stackedOnOneSheet(wb)) {
            v = Variants.write(stacked, dir.resolve("stacked.xlsx"));
        }
        assertEquals(expected, keys(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void tablesWithoutTitleRowsAreFoundByTheirHeaders(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v = Variants.variant(base(sample), dir.resolve("untitled.xlsx"), Variants::withoutTitles);
        assertEquals(expected, keys(v, true));
        CheckResult r = engine.check(v);
        assertEquals(sample.equals(Fixtures.SAMPLE_2023) ? "2023" : "2021", r.recognition().edition().id());
        assertEquals(9, r.findings().stream().filter(f -> f.rule().equals("S-02")).count(), "each untitled table is pointed out");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void linesWithoutLineNumbersAreMatchedByTheirLabels(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v = Variants.variant(base(sample), dir.resolve("nolines.xlsx"), Variants::withoutLineNumbers);
        assertEquals(expected, keys(v, true));
        CheckResult r = engine.check(v);
        assertEquals(2, r.findings().stream().filter(f -> f.rule().equals("S-09")).count(), "公开01 and 公开04 are pointed out");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void columnsWithoutColumnNumbersArePlacedByTheirHeaders(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v = Variants.variant(base(sample), dir.resolve("nonumbers.xlsx"), Variants::withoutColumnNumbers);
        assertEquals(expected, keys(v, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void savedAsXlsGivesTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v;
        try (XSSFWorkbook wb = Variants.open(base(sample)); Workbook xls = Variants.asXls(wb)) {
            v = Variants.write(xls, dir.resolve("saved.xls"));
        }
        assertEquals(BookFormat.XLS, engine.read(v, "saved.xls").format());
        assertEquals(expected, keys(v));
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void everythingAtOnceInXlsGivesTheSameFindings(String sample) throws IOException {
        List<String> expected = baseKeys(sample);
        Path v;
        try (XSSFWorkbook wb = Variants.open(base(sample))) {
            Variants.renameAndReverse(wb);
            Variants.shift(wb, 1, 1);
            Variants.amountsAsText(wb);
            try (Workbook wrapped = Variants.wrappedItemRows(wb); Workbook xls = Variants.asXls(wrapped)) {
                v = Variants.write(xls, dir.resolve("everything.xls"));
            }
        }
        assertEquals(expected, keys(v));
    }

    private static Map<String, String> cellsByKey(CheckResult r) {
        Map<String, String> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.severity() != Severity.INFO || f.cell() != null) {
                out.put(f.rule() + "|" + f.row() + "|" + f.left(), f.cell());
            }
        }
        return out;
    }
}
