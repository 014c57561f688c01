package org.suanpan.recognise;

import org.suanpan.definition.Severity;

/**
 * Something the recogniser could not make sense of: a missing table, a column it could not place, an amount it
 * could not read. It becomes a finding in the report, with a message that says what to do.
 */
public record Problem(String code, Severity severity, String table, String sheet, String cell, String message) {
}
