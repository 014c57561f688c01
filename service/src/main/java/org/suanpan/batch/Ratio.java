package org.suanpan.batch;

/**
 * A key ratio finance staff compare across departments, as written in {@code templates/batch/ratios.txt}:
 * numerator and denominator in the rule notation (“公开03 合计行 2栏”).
 */
public record Ratio(String name, String numerator, String denominator, String description) {
}
