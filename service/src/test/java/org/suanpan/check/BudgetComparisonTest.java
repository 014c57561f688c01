package org.suanpan.check;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code check 决算 --budget 预算}: compared only for the same department and year, by 决算对预算.rules. */
class BudgetComparisonTest {
    private final Engine engine = Fixtures.engine();
    private final Path budget = Fixtures.sample(Fixtures.BUDGET_2023);

    private CheckResult compare(Path accounts, Path plan) {
        return engine.checkAll(accounts, accounts.getFileName().toString(), null, null, null, null, plan, plan.getFileName().toString());
    }

    @Test
    void anotherDepartmentsBudgetIsNotCompared() {
        CheckResult r = compare(Fixtures.sample(Fixtures.SAMPLE_2023), budget);
        List<Finding> comparison = r.findings().stream().filter(f -> f.rule().equals("S-20") || f.rule().equals("S-21") || f.rule().startsWith("XB")).toList();
        assertEquals(1, comparison.size(), comparison.toString());
        assertEquals("S-21", comparison.get(0).rule());
        assertTrue(comparison.get(0).message().contains("随州市曾都区医疗保障服务中心") && comparison.get(0).message().contains("武汉市医疗保障局"),
            comparison.get(0).message());
    }

    @Test
    void aBudgetGivenAsTheAccountsIsRefused() {
        CheckResult r = compare(budget, budget);
        assertEquals(List.of("S-20"), r.findings().stream().map(Finding::rule).filter(c -> c.equals("S-20") || c.equals("S-21")).toList());
    }

    @Test
    void theSameDepartmentsAccountsAreComparedWithItsBudget(@TempDir Path dir) throws IOException {
        // the 曾都区 决算 relabelled as 武汉市医疗保障局's: same year (2023), its 三公 预算数 against 预算07 (13.20)
        Path accounts = Variants.variant(Fixtures.sample(Fixtures.SAMPLE_2023), dir.resolve("武汉市医疗保障局-2023-决算.xlsx"), wb -> {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().startsWith("部门：")) {
                            org.suanpan.testing.TableVariants.setText(c, "部门：武汉市医疗保障局");
                        }
                    }
                }
            }
        });
        CheckResult alone = engine.check(accounts);
        CheckResult r = compare(accounts, budget);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("S-20") || f.rule().equals("S-21")), r.findings().toString());
        List<Finding> added = r.findings().stream().filter(f -> f.rule().startsWith("XB")).toList();
        assertEquals(alone.findings().size() + added.size(), r.findings().size(), "the 决算's own findings are kept");
        Finding total = added.stream().filter(f -> f.rule().equals("XB09-01")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, total.severity());
        assertEquals(0, new BigDecimal("13.20").compareTo(total.right()), total.message());
        assertTrue(total.cells().stream().anyMatch(c -> c.startsWith("表7 ")), total.cells().toString());
        assertTrue(added.stream().allMatch(f -> f.severity() != Severity.ERROR), added.toString());
    }
}
