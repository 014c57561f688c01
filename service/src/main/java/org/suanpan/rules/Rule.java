package org.suanpan.rules;

import java.util.List;

import org.suanpan.definition.Severity;

/**
 * One rule of a rule file: a stable code, a severity, the formula as a finance officer wrote it, its parsed form and a
 * Chinese description. A rule may give {@code alternatives} (“1栏 = 2栏+3栏+6栏 或 1栏 = 2栏+…+6栏+13栏+14栏”): it
 * holds where any of its formulas holds, so that a table printed two ways (合计 with or without 会议费、培训费) is
 * judged by the figures it carries.
 */
public record Rule(String code, Severity severity, String text, Formula formula, String description, String file, int lineNo,
                   List<Formula> alternatives) {

    public Rule(String code, Severity severity, String text, Formula formula, String description, String file, int lineNo) {
        this(code, severity, text, formula, description, file, lineNo, List.of());
    }

    /** The same rule with {@code other} as its formula (one of its alternatives) and no alternatives. */
    public Rule withFormula(Formula other) {
        return new Rule(code, severity, text, other, description, file, lineNo, List.of());
    }
}
