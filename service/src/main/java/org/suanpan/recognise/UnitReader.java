package org.suanpan.recognise;

import org.suanpan.definition.Severity;
import org.suanpan.read.Cell;
import org.suanpan.read.Grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 单位 line above each table (“单位：万元”, “金额单位：元”) and decides the workbook's unit and rounding step
 * from the units stated and the amounts themselves. Tables that state different units are reported.
 */
final class UnitReader {
    private static final Pattern UNIT = Pattern.compile("(?:单位[:：]?|^)(万元|千元|元)$|单位[:：]?(万元|千元|元)");
    private static final int MIN_AMOUNTS = 10;
    private static final BigDecimal[] STEPS = {new BigDecimal("100"), BigDecimal.ONE};

    private UnitReader() {
    }

    /** The unit a table states on the lines about it, or null when it states none. */
    static String stated(Grid g, RecognisedTable t) {
        int from = Math.max(0, t.titleRow());
        for (int r = from; r < Math.min(g.rowCount(), from + 4); r++) {
            for (Cell c : g.row(r)) {
                // every unit the pattern knows ends in 元: cells without one need not go through it
                if (c == null || c.isBlank() || c.norm().indexOf('元') < 0) {
                    continue;
                }
                Matcher m = UNIT.matcher(c.norm());
                if (m.find()) {
                    return m.group(1) != null ? m.group(1) : m.group(2);
                }
            }
        }
        return null;
    }

    static Unit read(Map<String, Grid> grids, Map<String, RecognisedTable> tables, List<Problem> problems) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        for (RecognisedTable t : tables.values()) {
            Grid g = grids.get(t.sheet());
            String unit = g == null ? null : stated(g, t);
            if (unit != null) {
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(t.id());
            }
        }
        String name = byUnit.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()))
            .map(Map.Entry::getKey).orElse("万元");
        if (byUnit.size() > 1) {
            List<String> parts = new ArrayList<>();
            byUnit.forEach((u, ids) -> parts.add(String.join("、", ids) + "为" + u));
            problems.add(new Problem("S-14", Severity.WARNING, null, null, null, "各表的金额单位不一致：" + String.join("；", parts)
                + "。表间关系按各表所写的数字直接比较，单位不同的表之间可能因此报错。请统一金额单位（部门决算公开表一般以万元为单位）。"));
        }
        if (name.equals("万元")) {
            return Unit.WAN_YUAN;
        }
        return new Unit(name, step(tables));
    }

    /** The coarsest of 100, 1 that every non-zero amount is a multiple of (given enough amounts), else 0.01. */
    private static BigDecimal step(Map<String, RecognisedTable> tables) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (RecognisedTable t : tables.values()) {
            for (TableRow r : t.rows()) {
                for (AmountCell c : r.cells().values()) {
                    if (!c.empty() && c.value().signum() != 0) {
                        amounts.add(c.value());
                    }
                }
            }
        }
        if (amounts.size() >= MIN_AMOUNTS) {
            for (BigDecimal step : STEPS) {
                if (amounts.stream().allMatch(a -> a.remainder(step).signum() == 0)) {
                    return step;
                }
            }
        }
        return new BigDecimal("0.01");
    }
}
