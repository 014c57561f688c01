package org.suanpan.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compares a printed percentage with the ratio of two printed amounts. Each amount stands for the interval of values
 * that round to it, so the ratio is an interval too; the percentage is right when its own rounding interval meets
 * it, one rounding step off when it misses by a step, wrong beyond.
 */
final class Percent {
    static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    enum Verdict { RIGHT, ONE_STEP, WRONG }

    private Percent() {
    }

    /** numerator / denominator × 100, the plain ratio. */
    static BigDecimal of(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, MC);
    }

    /**
     * @param stated   the percentage as printed
     * @param decimals how many decimals it was printed with
     */
    static Verdict judge(BigDecimal stated, int decimals, BigDecimal numerator, BigDecimal denominator) {
        BigDecimal lo = of(numerator.subtract(HALF_CENT).max(BigDecimal.ZERO), denominator.add(HALF_CENT));
        BigDecimal hi = of(numerator.add(HALF_CENT), denominator.subtract(HALF_CENT).max(new BigDecimal("0.0001")));
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal half = step.divide(BigDecimal.valueOf(2), MC);
        BigDecimal sLo = stated.subtract(half);
        BigDecimal sHi = stated.add(half);
        if (sHi.compareTo(lo) >= 0 && sLo.compareTo(hi) <= 0) {
            return Verdict.RIGHT;
        }
        BigDecimal gap = sHi.compareTo(lo) < 0 ? lo.subtract(sHi) : sLo.subtract(hi);
        return gap.compareTo(step) <= 0 ? Verdict.ONE_STEP : Verdict.WRONG;
    }

    /** The ratio rounded as the text would print it. */
    static BigDecimal rounded(BigDecimal numerator, BigDecimal denominator, int decimals) {
        return of(numerator, denominator).setScale(decimals, RoundingMode.HALF_UP);
    }
}
