package org.suanpan.check;

import org.suanpan.recognise.Recognition;
import org.suanpan.rules.Signed;

import java.util.List;
import java.util.Optional;

/** Reads figures out of a recognised workbook by the rule notation: “公开03 合计行 2栏”, “公开01 (1行+2行+3行)”. */
public final class Quantities {
    private final RelationExpander expander;

    public Quantities(Recognition recognition) {
        this.expander = new RelationExpander(recognition);
    }

    /** The figure, or empty when a table it needs is missing or the reference does not fit the table. */
    public Optional<Quantity> of(List<Signed> sum) {
        try {
            return expander.evaluate(sum);
        } catch (RuleNotApplicable e) {
            return Optional.empty();
        }
    }
}
