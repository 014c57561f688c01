package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.LineDef;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which edition a workbook follows: by how the 公开01 lines it found match each edition's line labels,
 * and failing that by the printed table numbers (公开01表 or 表1).
 */
final class EditionDetector {
    private EditionDetector() {
    }

    static Edition detect(List<Edition> editions, Map<String, RecognisedTable> found, Map<String, Grid> grids) {
        Edition best = null;
        int bestScore = 0;
        for (Edition e : editions) {
            int score = lineScore(e, found) * 10 + labelScore(e, found, grids);
            if (best == null || score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return bestScore > 0 ? best : newest(editions);
    }

    private static Edition newest(List<Edition> editions) {
        return editions.stream().max((a, b) -> a.id().compareTo(b.id())).orElseThrow();
    }

    private static int lineScore(Edition e, Map<String, RecognisedTable> found) {
        int score = 0;
        for (RecognisedTable t : found.values()) {
            TableDef def = e.table(t.id());
            if (def == null || def.lines().isEmpty()) {
                continue;
            }
            for (TableRow r : t.rows()) {
                if (r.line() == null || r.label().isBlank()) {
                    continue;
                }
                Optional<LineDef> l = def.line(r.line());
                if (l.isPresent() && !l.get().blank() && l.get().key().equals(r.key())) {
                    score++;
                } else {
                    score--;
                }
            }
        }
        return score;
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
