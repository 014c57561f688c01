package org.suanpan.read;

/** What a spreadsheet cell holds, as far as checking cares. */
public enum CellKind {
    BLANK, NUMBER, TEXT, BOOLEAN, ERROR
}
