package org.suanpan.check;

import org.junit.jupiter.api.Test;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.read.Book;
import org.suanpan.recognise.AmountCell;
import org.suanpan.testing.Books;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One mistyped amount breaks every relation it is part of; the suspect is that amount, not a bystander. */
class SuspectTest {
    private final Engine engine = Fixtures.engine();

    @Test
    void aMistypedSubtotalIsTheSuspectOfEveryRelationItBreaks() {
        Book book = engine.read(Fixtures.sample(Fixtures.SAMPLE_2023), "s.xlsx");
        // 公开03 21015 医疗保障管理事务 本年支出合计 648.61 typed as 684.61
        CheckResult r = engine.check(Books.withNumber(book, "公开03表", 9, 2, new BigDecimal("684.61")));
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.size() >= 3, "row sum, 类 = Σ款 and 款 = Σ项 all break: " + errors);
        errors.forEach(f -> assertEquals("公开03表!C10", f.suspect(), f.message()));
    }

    @Test
    void aChangedAmountIsNamedAsSuspectOrNoOneIsButNeverABystander() {
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            Book book = engine.read(Fixtures.sample(sample), sample);
            CheckResult base = engine.check(book);
            int named = 0;
            int total = 0;
            List<String> accused = new java.util.ArrayList<>();
            for (var t : base.recognition().tables().values()) {
                for (AmountCell c : t.cells()) {
                    CheckResult r = engine.check(Books.withNumber(book, c.sheet(), c.row(), c.col(), c.value().add(BigDecimal.ONE)));
                    total++;
                    for (Finding f : r.findings()) {
                        if (f.severity() == Severity.ERROR && f.suspect() != null && !f.suspect().equals(c.ref())) {
                            accused.add(c.ref() + " changed, " + f.suspect() + " accused by " + f.rule());
                        }
                    }
                    if (r.findings().stream().anyMatch(f -> c.ref().equals(f.suspect()))) {
                        named++;
                    }
                }
            }
            assertEquals(List.of(), accused, sample);
            // A 款 of 公开06 that alone breaks its 类 could be any of the 款: there no one is named.
            assertTrue(named * 100 >= total * 75, sample + ": changed cell named as suspect in " + named + " of " + total);
        }
    }
}
