package org.suanpan.read;

import java.math.BigDecimal;

/**
 * An amount as a department typed it and what it means. Blank cells, dashes and notes such as “本单位无…支出” all
 * mean zero; text that is not a number at all ({@code 约五十}, {@code #REF!}) is {@link Status#UNREADABLE}.
 */
public record Amount(BigDecimal value, Status status, String raw) {

    public enum Status {
        /** A number, stored as a number or as text. */
        NUMBER,
        /** Nothing in the cell. */
        BLANK,
        /** A dash or similar mark that publications use for zero. */
        DASH,
        /** A sentence saying there is nothing to report, written where the amounts would be. */
        NOTE,
        /** Something that is meant to be an amount but cannot be read as one. */
        UNREADABLE
    }

    public static final Amount BLANK = new Amount(BigDecimal.ZERO, Status.BLANK, "");

    public boolean readable() {
        return status != Status.UNREADABLE;
    }

    /** True when the cell holds no number a person typed: blank, a dash or a note. */
    public boolean empty() {
        return status == Status.BLANK || status == Status.DASH || status == Status.NOTE;
    }
}
