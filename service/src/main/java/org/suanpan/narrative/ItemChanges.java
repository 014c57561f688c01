package org.suanpan.narrative;

import org.suanpan.definition.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A 部门预算's section that states its total's change on last year's budget and then each 类/款/项 with its own
 * (说明五(一) and 五(三)): the items' changes add up to the total's. Judged only when the items are all there — their
 * amounts add up to the total's amount — so a text naming only its main items is not taken for a wrong sum; and only
 * when the total's change was not already checked against last year's budget in the tables.
 */
final class ItemChanges {
    private static final Pattern PATH = Pattern.compile("\\((类|款|项)\\)");

    private record Entry(Claim.Change claim, Figure current, boolean item, boolean tableChecked) {
    }

    /** The total's change that its items' changes do not add up to. */
    record Mismatch(Claim.Change total, BigDecimal stated, BigDecimal sum, int items, Severity severity) {
    }

    private final Map<String, List<Entry>> bySection = new LinkedHashMap<>();

    /** A change with the amount it is on; {@code tableChecked} when it was judged against the tables' last year. */
    void add(Claim.Change c, Figure current, boolean tableChecked) {
        if (c.section() == null || current == null || c.change() == null || c.base() != null || c.budgetBase()) {
            return;
        }
        boolean item = PATH.matcher(current.label()).find();
        bySection.computeIfAbsent(c.section(), k -> new ArrayList<>()).add(new Entry(c, current, item, tableChecked));
    }

    List<Mismatch> mismatches() {
        List<Mismatch> out = new ArrayList<>();
        for (List<Entry> entries : bySection.values()) {
            List<Entry> totals = entries.stream().filter(e -> !e.item()).toList();
            List<Entry> items = entries.stream().filter(Entry::item).toList();
            if (totals.size() != 1 || items.size() < 2 || totals.get(0).tableChecked()) {
                continue;
            }
            Entry total = totals.get(0);
            BigDecimal amounts = BigDecimal.ZERO;
            BigDecimal changes = BigDecimal.ZERO;
            BigDecimal amountTolerance = total.current().half();
            BigDecimal changeTolerance = total.claim().change().half();
            for (Entry e : items) {
                amounts = amounts.add(e.current().value());
                changes = changes.add(signed(e.claim().change()));
                amountTolerance = amountTolerance.add(e.current().half());
                changeTolerance = changeTolerance.add(e.claim().change().half());
            }
            if (amounts.subtract(total.current().value()).abs().compareTo(amountTolerance) > 0) {
                continue; // not every item is listed: their changes need not add up
            }
            BigDecimal stated = signed(total.claim().change());
            BigDecimal gap = changes.subtract(stated).abs().subtract(changeTolerance);
            if (gap.signum() > 0) {
                Severity s = gap.compareTo(total.claim().change().step()) <= 0 ? Severity.WARNING : Severity.ERROR;
                out.add(new Mismatch(total.claim(), stated, changes, items.size(), s));
            }
        }
        return out;
    }

    private static BigDecimal signed(Figure f) {
        return f.kind() == Figure.Kind.DECREASE ? f.value().negate() : f.value();
    }
}
