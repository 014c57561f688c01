package org.suanpan.check;

/** A rule that cannot be applied to this workbook as written; reported as a warning, the check goes on. */
final class RuleNotApplicable extends RuntimeException {
    RuleNotApplicable(String message) {
        super(message);
    }
}
