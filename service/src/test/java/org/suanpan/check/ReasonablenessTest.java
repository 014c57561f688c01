package org.suanpan.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reasonableness rules warn about what must be explained, and never turn a consistent workbook into an invalid one. */
class ReasonablenessTest {
    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    private List<Finding> warnings(CheckResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    @Test
    void sanGongSpendingAboveBudgetIsAWarningNotAnError() throws IOException {
        Path f = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("a.xlsx"), wb -> {
            Variants.setNumber(wb, "表7", "G7", 0.8);
            Variants.setNumber(wb, "表7", "L7", 0.8);
        });
        CheckResult r = engine.check(f);
        assertTrue(r.valid(), r.findings().toString());
        assertEquals(List.of("W09-01", "W09-04"), warnings(r).stream().map(Finding::rule).sorted().toList());
    }

    @Test
    void negativeAmountIsAWarning() throws IOException {
        Path f = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("b.xlsx"), wb -> {
            Variants.setNumber(wb, "公开06表", "C7", -0.5);
            Variants.setNumber(wb, "公开06表", "C6", 272.76);
        });
        CheckResult r = engine.check(f);
        assertTrue(r.valid(), r.findings().toString());
        assertEquals(List.of("W00-01"), warnings(r).stream().map(Finding::rule).toList());
        assertEquals("公开06表!C7", warnings(r).get(0).sheet() + "!" + warnings(r).get(0).cell());
    }

    @Test
    void basicSpendingOnAProjectOnlyItemIsAWarning() throws IOException {
        // 2101502 一般行政管理事务 carries 基本支出 5.00, its 项目支出 5.00 less: every sum still holds
        Path f = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2022), dir.resolve("c.xlsx"), wb -> {
            Variants.setNumber(wb, "表3", "D18", 5);
            Variants.setNumber(wb, "表3", "E18", 68.15);
            Variants.setNumber(wb, "表3", "D16", 139.16);
            Variants.setNumber(wb, "表3", "E16", 68.15);
            Variants.setNumber(wb, "表3", "D10", 152.83);
            Variants.setNumber(wb, "表3", "E10", 960.80);
            Variants.setNumber(wb, "表3", "D6", 187.97);
            Variants.setNumber(wb, "表3", "E6", 995.84);
        });
        CheckResult r = engine.check(f);
        assertTrue(r.valid(), r.findings().toString());
        List<String> rules = warnings(r).stream().map(Finding::rule).toList();
        assertTrue(rules.contains("W03-01"), rules.toString());
        Finding w = warnings(r).stream().filter(x -> x.rule().equals("W03-01")).findFirst().orElseThrow();
        assertEquals("D18", w.cell());
    }

    @Test
    void hospitalityInBasicSpendingAboveTheSanGongTableIsAWarning() throws IOException {
        Path f = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("d.xlsx"), wb -> {
            Variants.setNumber(wb, "公开06表", "F21", 0.3);
            Variants.setNumber(wb, "公开06表", "F32", 4.2);
        });
        CheckResult r = engine.check(f);
        assertTrue(r.valid(), r.findings().toString());
        assertEquals(List.of("W06-01"), warnings(r).stream().map(Finding::rule).toList());
    }
}
