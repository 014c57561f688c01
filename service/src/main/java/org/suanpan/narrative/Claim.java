package org.suanpan.narrative;

import java.math.BigDecimal;
import java.util.List;

/** Something a 情况说明 asserts that can be checked, with the paragraph and the clause it stands in. */
sealed interface Claim {
    int paragraph();

    String section();

    String quote();

    /** “财政拨款收入 11208.44 万元”: an amount that names a figure of the tables. */
    record Amount(int paragraph, String section, String quote, Figure figure) implements Claim {
    }

    /**
     * “财政拨款收入 11208.44 万元，占本年收入 99.8%”. {@code listTotal}: the total of the 其中 list the part stands in,
     * the whole of a share that names none (“其中：基本支出 5480.66 万元，占 71.16%”), or null.
     */
    record Share(int paragraph, String section, String quote, Figure part, String whole, Figure percent, Figure listTotal) implements Claim {
    }

    /**
     * “增加 10641.92 万元，增长 1812.7%”, against the figure stated before it, or against the base the sentence states
     * (“比上年 40.00 万元下降 4.00 万元”). {@code budgetBase}: the change is on the budget (“与年初预算相比减少…”), not on
     * last year. {@code current} may be null: the checker looks for the subject stated earlier. {@code change} is null
     * when the text states this year and last year and the rate, but no change (“500.00 万元，上年 450.00 万元，增长 11.1%”).
     */
    record Change(int paragraph, String section, String quote, Figure current, Figure change, Figure base, boolean budgetBase,
                  Integer growthDirection, Figure percent) implements Claim {
    }

    /** “年初预算为 29.6 万元，支出决算为 10.95 万元，完成年初预算的 37.0%”. */
    record Completion(int paragraph, String section, String quote, Figure budget, Figure actual, Figure percent) implements Claim {
    }

    /** “总额 6.51 万元，其中：货物 0.79 万元、工程 0 万元、服务 5.72 万元”. {@code exhaustive} for 其中, not 主要包括. */
    record Parts(int paragraph, String section, String quote, Figure total, List<Figure> parts, boolean exhaustive) implements Claim {
    }

    static BigDecimal value(Figure f) {
        return f == null ? null : f.value();
    }
}
