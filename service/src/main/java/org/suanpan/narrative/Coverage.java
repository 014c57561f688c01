package org.suanpan.narrative;

import java.util.List;

/**
 * How much of a 情况说明 was really checked: how many figures it states, how many of them were verified (compared with
 * a table line, with what the text says elsewhere, or as part of a share, change, completion rate or 其中 list), and
 * the figures found but not verified, each with the reason. Precision first: a figure Suanpan is not sure about is
 * listed here rather than judged.
 */
public record Coverage(int figures, int verified, List<Unverified> unverified) {
    public static final Coverage NONE = new Coverage(0, 0, List.of());

    /** A figure the checker found but could not verify, where it stands and why. */
    public record Unverified(int paragraph, String quote, String reason) {
    }
}
