package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which edition a workbook follows, over all its tables: the edition whose definitions fit the most tables
 * best (each table has been read with every edition's definition of it), then the one whose printed table numbers
 * (公开01表 or 表1) the tables carry, then the newest. Adding an edition therefore changes nothing for a workbook
 * the new edition does not fit better.
 */
final class EditionDetector {
    private EditionDetector() {
    }

    /**
     * @param fits for each table found, the editions whose definition of it fits best
     */
    static Edition detect(List<Edition> editions, Map<String, Set<String>> fits, Map<String, RecognisedTable> found,
                          Map<String, Grid> grids) {
        long most = 0;
        Map<String, Long> fitting = new java.util.HashMap<>();
        for (Edition e : editions) {
            long n = fits.values().stream().filter(s -> s.contains(e.id())).count();
            fitting.put(e.id(), n);
            most = Math.max(most, n);
        }
        Edition best = null;
        long bestScore = Long.MIN_VALUE;
        for (Edition e : editions) {
            if (fitting.get(e.id()) < most) {
                continue;
            }
            long score = labelScore(e, found, grids);
            if (best == null || score > bestScore || score == bestScore && e.id().compareTo(best.id()) > 0) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many tables carry this edition's printed number near their title. */
    private static int labelScore(Edition e, Map<String, RecognisedTable> found, Map<String, Grid> grids) {
        int score = 0;
        for (RecognisedTable t : found.values()) {
            String label = Text.norm(e.label(t.id()));
            Grid g = grids.get(t.sheet());
            if (g == null) {
                continue;
            }
            for (int r = Math.max(0, t.titleRow() - 1); r <= t.titleRow() + 2; r++) {
                for (var cell : g.row(r)) {
                    if (cell == null || cell.isBlank()) {
                        continue;
                    }
                    String n = cell.norm();
                    if (n.equals(label) || n.contains("(" + label + ")")) {
                        score++;
                    }
                }
            }
        }
        return score;
    }
}
