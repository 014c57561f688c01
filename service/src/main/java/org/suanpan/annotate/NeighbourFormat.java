package org.suanpan.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a filled cell takes its number format from — one rule for both writers: the nearest cell holding a number
 * in a format of its own (not General), looking left, right, up and down at each distance in turn; only when there is
 * none, the nearest number at all. Only the number format is taken (1,183.81 beside 1,183.81); the cell keeps its own
 * font, borders and alignment, so a bold 合计 line stays bold. Text beside the cell (a 科目名称) never counts, and a
 * 栏次 or 行次 number in General gives way to an amount further off.
 */
public final class NeighbourFormat {
    /** How far to look. */
    static final int REACH = 20;

    /** What a cell holds, as far as the rule cares. */
    public enum Kind { NONE, GENERAL_NUMBER, FORMATTED_NUMBER }

    /** What a writer can say about a cell of the sheet it edits, as it was before anything is filled in. */
    public interface Cells {
        Kind kind(int row, int col);

        /** Every cell holding a number in a format of its own: {row, col}. */
        List<int[]> formattedNumbers();

        /** What tells one number format from another (an index, a format string). */
        Object formatOf(int row, int col);
    }

    private NeighbourFormat() {
    }

    /** {row, col} of the nearest number, or null when none is within reach. */
    public static int[] nearestNumber(Cells cells, int row, int col) {
        int[] general = null;
        for (int d = 1; d <= REACH; d++) {
            for (int[] p : new int[][] {{row, col - d}, {row, col + d}, {row - d, col}, {row + d, col}}) {
                Kind k = p[0] >= 0 && p[1] >= 0 ? cells.kind(p[0], p[1]) : Kind.NONE;
                if (k == Kind.FORMATTED_NUMBER) {
                    return p;
                }
                if (k == Kind.GENERAL_NUMBER && general == null) {
                    general = p;
                }
            }
        }
        if (general == null || cells.kind(general[0], general[1]) != Kind.FORMATTED_NUMBER) {
            // the cross around the cell is all blanks, text and General: the sheet's usual amount format is the best guess
            int[] usual = usual(cells);
            if (usual != null) {
                return usual;
            }
        }
        return general;
    }

    private static int[] usual(Cells cells) {
        Map<Object, Integer> counts = new HashMap<>();
        Map<Object, int[]> first = new HashMap<>();
        for (int[] p : cells.formattedNumbers()) {
            Object f = cells.formatOf(p[0], p[1]);
            counts.merge(f, 1, Integer::sum);
            first.putIfAbsent(f, p);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
    }
}
