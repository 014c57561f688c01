package org.suanpan.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.read.Cell;
import org.suanpan.read.Grid;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changes every amount cell of both samples, one at a time, and checks that the checker notices exactly when it
 * should: by ±1.00 always, by ±0.01 and ±0.05 only where the change takes a relation beyond its rounding tolerance.
 */
class MutationTest {
    private static final List<BigDecimal> SMALL = List.of(new BigDecimal("0.01"), new BigDecimal("-0.01"),
        new BigDecimal("0.05"), new BigDecimal("-0.05"));
    private static final List<BigDecimal> LARGE = List.of(new BigDecimal("1.00"), new BigDecimal("-1.00"));

    /**
     * Cells no error rule reads, with the reason. Empty: every amount position of both samples is read by some rule
     * (blank lines of 公开01/04 by 各空行 = 0, every other cell by a sum it belongs to).
     */
    private static final Map<String, String> KNOWN_HOLES = Map.of();

    private final Engine engine = Fixtures.engine();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void everyAmountCellIsReadByARule(String sample) {
        Book book = engine.read(Fixtures.sample(sample), sample);
        CheckResult base = engine.check(book);
        Set<String> read = new HashSet<>();
        base.relations().stream().filter(r -> r.rule().severity() == Severity.ERROR)
            .forEach(r -> r.cells().forEach(c -> read.add(c.ref())));
        List<String> holes = new ArrayList<>();
        for (AmountCell c : positions(base)) {
            if (!read.contains(c.ref()) && !KNOWN_HOLES.containsKey(c.ref())) {
                holes.add(c.ref());
            }
        }
        assertEquals(List.of(), holes, "amount cells no error rule reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void recogniserSeesEveryNumberOfTheTables(String sample) {
        Book book = engine.read(Fixtures.sample(sample), sample);
        CheckResult base = engine.check(book);
        Set<String> positions = new HashSet<>();
        positions(base).forEach(c -> positions.add(c.ref()));
        List<String> missed = new ArrayList<>();
        for (Grid g : book.sheets()) {
            for (Cell c : Books.numericAmountCells(g)) {
                String ref = g.name() + "!" + c.address();
                if (!positions.contains(ref)) {
                    missed.add(ref + "=" + c.text());
                }
            }
        }
        assertEquals(List.of(), missed, "numbers in the sheets that the recogniser did not take as amounts");
        assertTrue(positions.size() > 200, "too few amount positions: " + positions.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void changeByOneYuanIsAnErrorAtThatCell(String sample) {
        List<String> failures = mutate(sample, LARGE);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void roundingSizedChangesAreErrorsOnlyBeyondTolerance(String sample) {
        List<String> failures = mutate(sample, SMALL);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    private List<String> mutate(String sample, List<BigDecimal> deltas) {
        Book book = engine.read(Fixtures.sample(sample), sample);
        CheckResult base = engine.check(book);
        assertEquals(0, base.count(Severity.ERROR), "the sample itself must have no error");
        List<String> failures = new ArrayList<>();
        int beyond = 0;
        int inside = 0;
        for (AmountCell cell : positions(base)) {
            for (BigDecimal delta : deltas) {
                BigDecimal changed = cell.value().add(delta);
                CheckResult result = engine.check(Books.withNumber(book, cell.sheet(), cell.row(), cell.col(), changed));
                boolean flagged = result.findings().stream()
                    .anyMatch(f -> f.severity() == Severity.ERROR && f.cells().contains(cell.ref()));
                boolean expected = delta.abs().compareTo(BigDecimal.ONE) >= 0 || takesBeyondTolerance(base, cell, delta);
                if (expected) {
                    beyond++;
                    if (!flagged) {
                        failures.add(cell.ref() + " " + delta + ": no error names the changed cell");
                    }
                } else {
                    inside++;
                    if (result.count(Severity.ERROR) > 0) {
                        failures.add(cell.ref() + " " + delta + ": error inside tolerance: "
                            + result.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList());
                    }
                }
            }
        }
        if (deltas == SMALL) {
            assertTrue(beyond > 0 && inside > 0, "small changes should fall on both sides: beyond " + beyond + ", inside " + inside);
        }
        return failures;
    }

    /** Whether some error rule that reads the cell no longer holds once the cell changes by delta. */
    private static boolean takesBeyondTolerance(CheckResult base, AmountCell cell, BigDecimal delta) {
        for (Relation r : base.relations()) {
            if (r.rule().severity() == Severity.ERROR && r.cells().contains(cell) && !r.holdsWith(cell, delta)) {
                return true;
            }
        }
        return false;
    }

    private static Set<AmountCell> positions(CheckResult result) {
        Set<AmountCell> out = new LinkedHashSet<>();
        for (RecognisedTable t : result.recognition().tables().values()) {
            out.addAll(t.cells());
        }
        return out;
    }
}
