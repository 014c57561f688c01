package org.suanpan.narrative;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Compares a printed percentage with the ratio of two printed amounts. Each amount stands for the interval of values
 * that round to it (DOMAIN.md: a total and its parts are rounded one by one), so the ratio is an interval too; the
 * percentage is right when its own rounding interval meets it — boundaries included — one rounding step off when it
 * misses by at most a step, wrong beyond.
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

    /** With amounts printed to the cent. */
    static Verdict judge(BigDecimal stated, int decimals, BigDecimal numerator, BigDecimal denominator) {
        return judge(stated, decimals, numerator, HALF_CENT, denominator, HALF_CENT);
    }

    /**
     * @param stated   the percentage as printed
     * @param decimals how many decimals it was printed with
     * @param numHalf  half the last printed digit of the numerator (0 for an exact zero)
     * @param denHalf  the same for the denominator
     */
    static Verdict judge(BigDecimal stated, int decimals, BigDecimal numerator, BigDecimal numHalf, BigDecimal denominator,
                         BigDecimal denHalf) {
        BigDecimal denLo = denominator.subtract(denHalf);
        if (denLo.signum() <= 0) {
            return Verdict.RIGHT;
        }
        BigDecimal lo = of(numerator.subtract(numHalf).max(BigDecimal.ZERO), denominator.add(denHalf));
        BigDecimal hi = of(numerator.add(numHalf), denLo);
        return judgeRange(stated, decimals, lo, hi);
    }

    /**
     * A change on a base the text does not print (this year's amount less the change): the change is in numerator and
     * denominator alike, so the ratio's interval comes from the two printed amounts, not from the base's.
     *
     * @param up whether the change is an increase (base = current − change) or a decrease (base = current + change)
     */
    static Verdict judgeChange(BigDecimal stated, int decimals, BigDecimal change, BigDecimal changeHalf, BigDecimal current,
                               BigDecimal currentHalf, boolean up) {
        BigDecimal cLo = change.subtract(changeHalf).max(BigDecimal.ZERO);
        BigDecimal cHi = change.add(changeHalf);
        BigDecimal nowLo = current.subtract(currentHalf).max(BigDecimal.ZERO);
        BigDecimal nowHi = current.add(currentHalf);
        BigDecimal baseForLo = up ? nowHi.subtract(cLo) : nowHi.add(cLo);
        BigDecimal baseForHi = up ? nowLo.subtract(cHi) : nowLo.add(cHi);
        if (baseForLo.signum() <= 0) {
            return Verdict.RIGHT;
        }
        BigDecimal lo = of(cLo, baseForLo);
        BigDecimal hi = baseForHi.signum() <= 0 ? BigDecimal.valueOf(Long.MAX_VALUE) : of(cHi, baseForHi);
        return judgeRange(stated, decimals, lo, hi);
    }

    /** A printed percentage against the interval [lo, hi] of the ratio. */
    static Verdict judgeRange(BigDecimal stated, int decimals, BigDecimal lo, BigDecimal hi) {
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
