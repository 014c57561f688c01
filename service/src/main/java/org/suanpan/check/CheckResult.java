package org.suanpan.check;

import org.suanpan.definition.Severity;
import org.suanpan.inspect.Inspection;
import org.suanpan.narrative.Coverage;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.RuleBook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything a check produced: the recognition it worked on, every relation it evaluated and the findings. When a
 * 情况说明 was checked too, its findings are among them and {@code narrative} names it; a 情况说明 checked on its own
 * has no recognition and no rules.
 *
 * @param narrative    the 情况说明's file name, or null
 * @param claims       how many figures of the 情况说明 were verified
 * @param coverage     which figures of the 情况说明 were verified and which not, with the reason; null without one
 * @param inspection   the 公开检查 (its findings are among {@code findings} too), or null when none was run
 * @param explanations the 说明 a department wrote on the 审核结果 sheet of an earlier annotated copy, by
 *                     {@link Finding#key()}: read back so that an explained warning shows as 已说明 and survives re-annotation
 */
public record CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings, String narrative,
                          int claims, Coverage coverage, Inspection inspection, Map<String, String> explanations) {

    public CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings) {
        this(recognition, rules, relations, findings, null, 0);
    }

    public CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings, String narrative,
                       int claims) {
        this(recognition, rules, relations, findings, narrative, claims, null, null, Map.of());
    }

    /** This result with the 说明 read back from an earlier 审核结果 sheet. */
    public CheckResult withExplanations(Map<String, String> explanations) {
        return new CheckResult(recognition, rules, relations, findings, narrative, claims, coverage, inspection, Map.copyOf(explanations));
    }

    /** The 说明 written for this finding, or null. */
    public String explanation(Finding f) {
        return explanations.get(f.key());
    }

    /** How many findings of this severity carry a 说明. */
    public long explained(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && explanation(f) != null).count();
    }

    /** Findings of the check itself (tables and 情况说明 figures); the 公开检查 counts its own, beside these. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !Inspection.SOURCE.equals(f.source())).count();
    }

    /** No error: warnings and rounding notes do not make a workbook invalid. */
    public boolean valid() {
        return count(Severity.ERROR) == 0;
    }

    /** This result with a 情况说明's findings added, errors first as everywhere. */
    public CheckResult withNarrative(String name, List<Finding> extra, int claims) {
        return new CheckResult(recognition, rules, relations, sorted(extra), name, claims, null, inspection, explanations);
    }

    /** This result with a 情况说明's findings and what of it was verified. */
    public CheckResult withNarrative(String name, List<Finding> extra, Coverage coverage) {
        return new CheckResult(recognition, rules, relations, sorted(extra), name, coverage.verified(), coverage, inspection, explanations);
    }

    /** This result with the 公开检查's findings added (errors first) and the inspection kept for its score. */
    public CheckResult withInspection(Inspection inspection) {
        return new CheckResult(recognition, rules, relations, sorted(inspection.findings()), narrative, claims, coverage, inspection, explanations);
    }

    private List<Finding> sorted(List<Finding> extra) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(extra);
        all.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(all);
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
