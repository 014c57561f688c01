package org.suanpan.recognise;

import java.math.BigDecimal;

/**
 * The money unit a workbook's tables are printed in (the 单位 line: 万元, 元, 千元) and the step its amounts are
 * rounded to. Each printed amount stands for [v − step/2, v + step/2], so the 尾数 tolerance follows the unit: 0.005
 * for amounts in 万元 with two decimals, 0.005 元 for amounts in 元 with cents, 50 元 for amounts in 元 that are all
 * whole hundreds (kept in 万元 to two decimals and multiplied out).
 */
public record Unit(String name, BigDecimal step) {
    public static final Unit WAN_YUAN = new Unit("万元", new BigDecimal("0.01"));

    public BigDecimal halfStep() {
        return step.divide(BigDecimal.valueOf(2));
    }

    /** Whether the amounts are printed in 万元, the unit messages need not name. */
    public boolean isDefault() {
        return name.equals("万元");
    }
}
