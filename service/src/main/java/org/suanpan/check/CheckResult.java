package org.suanpan.check;

import org.suanpan.definition.Severity;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.RuleBook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a check produced: the recognition it worked on, every relation it evaluated and the findings. When a
 * 情况说明 was checked too, its findings are among them and {@code narrative} names it; a 情况说明 checked on its own
 * has no recognition and no rules.
 *
 * @param narrative the 情况说明's file name, or null
 * @param claims    how many claims of the 情况说明 were examined
 */
public record CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings, String narrative,
                          int claims) {

    public CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings) {
        this(recognition, rules, relations, findings, null, 0);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** No error: warnings and rounding notes do not make a workbook invalid. */
    public boolean valid() {
        return count(Severity.ERROR) == 0;
    }

    /** This result with a 情况说明's findings added, errors first as everywhere. */
    public CheckResult withNarrative(String name, List<Finding> extra, int claims) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(extra);
        all.sort(Comparator.comparing(Finding::severity));
        return new CheckResult(recognition, rules, relations, List.copyOf(all), name, claims);
    }

    /** The same result with more findings (决算 against 预算), the 情况说明 and its claims kept. */
    public CheckResult withFindings(List<Finding> extra) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(extra);
        all.sort(Comparator.comparing(Finding::severity));
        return new CheckResult(recognition, rules, relations, List.copyOf(all), narrative, claims);
    }

    /** The name a report goes by: the workbook's, else the 情况说明's. */
    public String fileName() {
        return recognition != null ? recognition.book().fileName() : narrative;
    }
}
