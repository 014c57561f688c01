package org.suanpan.narrative;

import java.math.BigDecimal;

/**
 * A number the 情况说明 states — “11208.44 万元”, “52.10 万”, “38,600.00 元”, “2.36 亿元”, “99.8%” — in 万元 (or
 * percent), with how many decimals of 万元 it was printed with, where it stands in the normalised paragraph, and what
 * the words before it say it is.
 *
 * @param decimals decimals of the value in 万元: 2 for “12.30 万元”, 6 for “12.30 元”, −2 for “2.36 亿元”
 * @param label    the words naming it, cleaned of list numbers, years and fillers (“财政拨款收入”)
 * @param subject  for a budget, actual or change amount, what it is the budget, actual or change of
 */
record Figure(BigDecimal value, int decimals, int start, int end, Kind kind, String label, String subject) {

    enum Kind {
        /** An amount named by its label. */
        AMOUNT,
        /** 预算数: a budget amount. */
        BUDGET,
        /** 决算数, 执行数: an actual amount. */
        ACTUAL,
        /** 增加 / 减少: a change on the previous year (or the budget). */
        INCREASE, DECREASE,
        /** “比上年 40.00 万元”, “较 2022 年决算数 300.00 万元”: the figure a change is measured from. */
        BASE,
        /** A percentage. */
        PERCENT
    }

    boolean isChange() {
        return kind == Kind.INCREASE || kind == Kind.DECREASE;
    }

    /**
     * The half-width a ratio or sum is worked with: half a cent of 万元, or half the last printed digit when that is
     * finer (元). “6 万元” in a 情况说明 is 6.00 with its zeros dropped, not “somewhere between 5.5 and 6.5”; “2.36 亿元”
     * is rounded, so it keeps its printed precision. A zero too may be what is left of 0.004 after rounding.
     */
    BigDecimal half() {
        return decimals < 0 || decimals > 2 ? printedHalf() : Percent.HALF_CENT;
    }

    /** Half the last printed digit: the interval of values the printed figure is the rounding of. */
    BigDecimal printedHalf() {
        return value.signum() == 0 && decimals <= 0 ? Percent.HALF_CENT : new BigDecimal("0.5").movePointLeft(decimals);
    }

    /** One step of the printed precision. */
    BigDecimal step() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }
}
