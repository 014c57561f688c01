package org.suanpan.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Relation;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.recognise.AmountCell;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mistypes every amount of a sample, one at a time (0.45 more, as the faulty example does), and holds the summary to
 * what a person acts on: when the check names a suspect, the first thing to fix is that very cell, at the value the
 * sample printed; whenever there are errors, the summary says what to fix.
 */
class SummaryMutationTest {
    private final Engine engine = Fixtures.engine();

    @ParameterizedTest
    @ValueSource(strings = {Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022})
    void theFirstFixIsTheMistypedCellAtItsPrintedValue(String sample) {
        Book book = engine.read(Fixtures.sample(sample), sample);
        CheckResult base = engine.check(book);
        Set<AmountCell> positions = new LinkedHashSet<>();
        for (Relation r : base.relations()) {
            if (r.rule().severity() == Severity.ERROR) {
                r.cells().stream().filter(c -> !c.empty() && c.value().signum() != 0).forEach(positions::add);
            }
        }
        // a sample without a single 尾数 difference must give back every printed value exactly
        boolean exact = base.count(Severity.INFO) == 0;
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (AmountCell cell : positions) {
            BigDecimal changed = cell.value().add(new BigDecimal("0.45"));
            CheckResult result = engine.check(Books.withNumber(book, cell.sheet(), cell.row(), cell.col(), changed));
            List<Summary.Item> fix = Summary.of(result).of(Summary.Kind.FIX);
            boolean suspected = result.findings().stream().anyMatch(f -> cell.ref().equals(f.suspect()));
            if (suspected) {
                named++;
                Summary.Item first = fix.isEmpty() ? null : fix.get(0);
                // the value printed, or one the relations cannot tell from it (尾数: the 2023 sample's 11,229.01)
                if (first == null || !cell.ref().equals(first.cell()) || first.expected() == null
                    || first.expected().subtract(cell.value()).abs().compareTo(exact ? BigDecimal.ZERO : new BigDecimal("0.01")) > 0) {
                    wrong.add(cell.ref() + " " + cell.value() + " → " + changed + ": " + fix);
                }
            } else if (result.count(Severity.ERROR) > 0 && fix.isEmpty()) {
                wrong.add(cell.ref() + ": errors without anything to fix in " + Summary.of(result).items());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(named > positions.size() / 2, "the suspect is named for most mistypes: " + named + " of " + positions.size());
    }
}
