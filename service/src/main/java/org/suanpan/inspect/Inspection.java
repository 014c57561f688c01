package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.definition.Severity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 公开检查 of one publication: its findings, the score (100 less the points each checklist line costs, never
 * below 0) and what could not be inspected for lack of the text or the tables.
 *
 * @param deductions one entry per checklist line that cost points
 * @param unchecked  what was not inspected and why, in Chinese
 */
public record Inspection(List<Finding> findings, BigDecimal score, List<Deduction> deductions, List<String> unchecked) {
    /** The {@code source} of every 公开检查 finding. */
    public static final String SOURCE = "inspection";

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Points a checklist line cost: its code, how many gaps, how many points. */
    public record Deduction(String rule, String kind, long findings, BigDecimal points) {
    }
}
