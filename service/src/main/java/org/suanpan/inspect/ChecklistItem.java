package org.suanpan.inspect;

import org.suanpan.definition.Severity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One line of templates/inspection/checklist.txt: what the inspection looks at, how serious a gap is, how a gap
 * costs points in a batch's ranking, and the parameters (thresholds, words, tables, sections) the check reads.
 *
 * @param kind       the check that does the work (必需章节, 变动原因 …), one of {@link Checks#kinds()}
 * @param perFinding points a department loses for each gap found
 * @param cap        the most points this line can cost
 */
public record ChecklistItem(String code, Severity severity, String kind, Map<String, String> parameters, BigDecimal perFinding,
                            BigDecimal cap, String description) {

    /** A parameter's values, split at 、 (empty when the parameter is not given). */
    public List<String> list(String name) {
        String v = parameters.get(name);
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split("、")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String text(String name, String otherwise) {
        String v = parameters.get(name);
        return v == null || v.isBlank() ? otherwise : v.strip();
    }

    /** A percentage parameter (“10%”) as a number of percent. */
    public BigDecimal percent(String name, String otherwise) {
        return new BigDecimal(text(name, otherwise).replace("%", "").replace("％", "").strip());
    }

    /** The points lost for {@code findings} gaps on this line. */
    public BigDecimal deduction(long findings) {
        return perFinding.multiply(BigDecimal.valueOf(findings)).min(cap);
    }
}
