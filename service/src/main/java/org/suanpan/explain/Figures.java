package org.suanpan.explain;

import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The figures a draft is written from, read out of a recognised workbook by the rule notation. */
final class Figures {
    private final Quantities quantities;

    Figures(Recognition recognition) {
        this.quantities = new Quantities(recognition);
    }

    /** The figure, 0 when its table is missing. */
    BigDecimal of(String ref) {
        return quantities.of(FormulaParser.parseSum(ref)).map(Quantity::value).orElse(BigDecimal.ZERO)
            .setScale(2, RoundingMode.HALF_UP);
    }

    /** Amounts as the 情况说明 prints them: two decimals, no separators. */
    static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** part ÷ whole as a percentage with one decimal; 0 of a zero whole. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).toPlainString();
    }
}
