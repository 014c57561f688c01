package org.suanpan.annotate;

import org.suanpan.read.CellAddresses;

import java.util.ArrayList;
import java.util.List;

/**
 * One mark Suanpan put on a cell, as the 审核结果 sheet records it in a hidden column: the cell, the format it had and
 * the one it was given, and whether a comment was there before. Re-annotating reads the record back and undoes each
 * mark whose cell still carries it — a cell someone re-formatted since keeps their format.
 *
 * @param original the cell's format index before (xf index in .xlsx, style index in .xls); never changed, as marks
 *                 only add formats
 */
public record MarkRecord(String sheet, int row, int col, int original, int marked, boolean hadComment) {

    /** The records as lines of text in cells of at most {@code chunk} characters. */
    static List<String> encode(List<MarkRecord> marks, int chunk) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (MarkRecord m : marks) {
            String line = m.sheet() + "\t" + CellAddresses.a1(m.row(), m.col()) + "\t" + m.original() + "\t" + m.marked() + "\t"
                + (m.hadComment() ? 1 : 0);
            if (sb.length() + line.length() + 1 > chunk && !sb.isEmpty()) {
                out.add(sb.toString());
                sb.setLength(0);
            }
            sb.append(sb.isEmpty() ? "" : "\n").append(line);
        }
        if (!sb.isEmpty()) {
            out.add(sb.toString());
        }
        return out;
    }

    /** The records in these cells' texts; lines that do not parse are skipped. */
    static List<MarkRecord> decode(List<String> chunks) {
        List<MarkRecord> out = new ArrayList<>();
        for (String chunk : chunks) {
            for (String line : chunk.split("\n")) {
                String[] p = line.split("\t");
                int[] pos = p.length == 5 ? CellAddresses.parse(p[1]) : null;
                if (pos == null) {
                    continue;
                }
                try {
                    out.add(new MarkRecord(p[0], pos[0], pos[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]), p[4].equals("1")));
                } catch (NumberFormatException e) {
                    // a record someone edited: that mark stays
                }
            }
        }
        return out;
    }
}
