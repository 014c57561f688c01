package org.suanpan.rules;

import org.suanpan.definition.Severity;

/**
 * One rule of a rule file: a stable code, a severity, the formula as a finance officer wrote it, its parsed form and a
 * Chinese description.
 */
public record Rule(String code, Severity severity, String text, Formula formula, String description, String file, int lineNo) {
}
