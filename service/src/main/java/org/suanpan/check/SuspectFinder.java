package org.suanpan.check;

import org.suanpan.recognise.AmountCell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the cell that best explains the broken relations: one correction to it should mend as many broken
 * relations as possible while breaking none that hold. When one amount is mistyped, every relation it is part of
 * breaks, and that amount is the one all of them share. When several cells explain the breaks equally well (one
 * 款 of a 类 that alone does not add up), no cell is named: a guess would send the person to the wrong place.
 */
final class SuspectFinder {
    private static final BigDecimal AGREE = new BigDecimal("0.02");

    private SuspectFinder() {
    }

    /** For each broken relation, the cell to suspect. */
    static Map<Relation, AmountCell> suspects(List<Relation> all) {
        List<Relation> broken = new ArrayList<>();
        for (int i = 0, n = all.size(); i < n; i++) {
            if (all.get(i).broken()) {
                broken.add(all.get(i));
            }
        }
        if (broken.isEmpty()) {
            return Map.of();
        }
        Map<AmountCell, List<Relation>> byCell = new HashMap<>();
        for (Relation r : all) {
            for (AmountCell c : r.cells()) {
                byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            }
        }
        Map<AmountCell, Integer> scores = new HashMap<>();
        Map<Relation, AmountCell> out = new IdentityHashMap<>();
        for (Relation r : broken) {
            AmountCell best = null;
            int bestScore = Integer.MIN_VALUE;
            boolean tie = false;
            for (AmountCell c : r.cells()) {
                if (r.weightOf(c) == 0) {
                    continue;
                }
                int score = scores.computeIfAbsent(c, k -> score(k, byCell.get(k)));
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                    tie = false;
                } else if (score == bestScore) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                out.put(r, best);
            }
        }
        return out;
    }

    /**
     * Broken relations one correction of the cell would mend, minus holding relations that correction would break.
     * The correction is the one most broken relations agree on.
     */
    private static int score(AmountCell cell, List<Relation> relations) {
        List<BigDecimal> fixes = new ArrayList<>();
        for (Relation r : relations) {
            int w = r.weightOf(cell);
            if (r.broken() && w != 0) {
                fixes.add(r.difference().negate().divide(BigDecimal.valueOf(w), 4, RoundingMode.HALF_UP));
            }
        }
        int bestCount = 0;
        BigDecimal bestFix = null;
        for (BigDecimal f : fixes) {
            int count = 0;
            for (BigDecimal g : fixes) {
                if (f.subtract(g).abs().compareTo(AGREE) <= 0) {
                    count++;
                }
            }
            if (count > bestCount) {
                bestCount = count;
                bestFix = f;
            }
        }
        if (bestFix == null) {
            return Integer.MIN_VALUE / 2;
        }
        int mended = 0;
        int harmed = 0;
        for (Relation r : relations) {
            boolean holdsAfter = r.holdsWith(cell, bestFix);
            if (r.broken() && holdsAfter) {
                mended++;
            } else if (!r.broken() && !holdsAfter) {
                harmed++;
            }
        }
        return mended * 2 - harmed * 2 + (bestCount - mended);
    }
}
