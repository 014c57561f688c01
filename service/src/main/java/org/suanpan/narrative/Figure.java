package org.suanpan.narrative;

import java.math.BigDecimal;

/**
 * A number the 情况说明 states — “11208.44 万元”, “99.8%” — with how many decimals it was printed with, where it
 * stands in the normalised paragraph, and what the words before it say it is.
 *
 * @param label   the words naming it, cleaned of list numbers, years and fillers (“财政拨款收入”)
 * @param subject for a budget or actual amount, what it is the budget or actual of (“三公经费财政拨款支出”)
 */
record Figure(BigDecimal value, int decimals, int start, int end, Kind kind, String label, String subject) {

    enum Kind {
        /** An amount named by its label. */
        AMOUNT,
        /** 预算数: a budget amount. */
        BUDGET,
        /** 决算数, 执行数: an actual amount. */
        ACTUAL,
        /** 增加 / 减少: a change on the previous year. */
        INCREASE, DECREASE,
        /** A percentage. */
        PERCENT
    }

    boolean isChange() {
        return kind == Kind.INCREASE || kind == Kind.DECREASE;
    }
}
