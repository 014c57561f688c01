package org.suanpan.check;

import org.suanpan.definition.Severity;
import org.suanpan.narrative.Coverage;
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
 * @param claims    how many figures of the 情况说明 were verified
 * @param coverage  which figures of the 情况说明 were verified and which not, with the reason; null without one
 */
public record CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings, String narrative,
                          int claims, Coverage coverage) {

    public CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings) {
        this(recognition, rules, relations, findings, null, 0, null);
    }

    public CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings, String narrative,
                       int claims) {
        this(recognition, rules, relations, findings, narrative, claims, null);
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
        return new CheckResult(recognition, rules, relations, List.copyOf(all), name, claims, null);
    }

    /** This result with a 情况说明's findings and what of it was verified. */
    public CheckResult withNarrative(String name, List<Finding> extra, Coverage coverage) {
        CheckResult r = withNarrative(name, extra, coverage.verified());
        return new CheckResult(r.recognition, r.rules, r.relations, r.findings, name, coverage.verified(), coverage);
    }

    /** The name a report goes by: the workbook's, else the 情况说明's. */
    public String fileName() {
        return recognition != null ? recognition.book().fileName() : narrative;
    }
}
