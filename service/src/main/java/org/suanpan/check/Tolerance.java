package org.suanpan.check;

import java.math.BigDecimal;

/**
 * The 尾数 rule: every printed amount stands for the interval [v − 0.005, v + 0.005], so a relation over n printed
 * amounts holds when its two sides differ by at most n × 0.005 (the XBRL Calculations 1.1 rule: a total and its n
 * parts give (n + 1) × 0.005).
 */
public final class Tolerance {
    public static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal[] SMALL = new BigDecimal[128];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = HALF_CENT.multiply(BigDecimal.valueOf(i));
        }
    }

    private Tolerance() {
    }

    /** The tolerance for amounts rounded to a step other than 0.01: n × step / 2. */
    public static BigDecimal of(int printedAmounts, BigDecimal halfStep) {
        return halfStep.compareTo(HALF_CENT) == 0 ? of(printedAmounts) : halfStep.multiply(BigDecimal.valueOf(printedAmounts));
    }

    public static BigDecimal of(int printedAmounts) {
        return printedAmounts < SMALL.length ? SMALL[printedAmounts] : HALF_CENT.multiply(BigDecimal.valueOf(printedAmounts));
    }
}
