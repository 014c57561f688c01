package org.suanpan.check;

import org.suanpan.definition.Severity;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.RuleBook;

import java.util.List;

/** Everything a check produced: the recognition it worked on, every relation it evaluated and the findings. */
public record CheckResult(Recognition recognition, RuleBook rules, List<Relation> relations, List<Finding> findings) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** No error: warnings and rounding notes do not make a workbook invalid. */
    public boolean valid() {
        return count(Severity.ERROR) == 0;
    }
}
