package org.suanpan.recognise;

import org.suanpan.definition.ColumnDef;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the numbered columns of a table by their header texts when the sheet has no 栏次 row: each column's
 * header path (“本年支出 / 小计”) must appear in the column's combined header text. The most specific match wins.
 */
final class HeaderMatcher {
    private HeaderMatcher() {
    }

    /** Map from column number to sheet column for every column def that could be placed, by column number. */
    static Map<Integer, Integer> match(List<ColumnDef> defs, String[] composites, int fromCol, int toCol) {
        record Candidate(int no, int col, int score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ColumnDef def : defs) {
            for (int c = Math.max(0, fromCol); c < Math.min(composites.length, toCol); c++) {
                int score = score(def.header(), composites[c]);
                if (score > 0) {
                    candidates.add(new Candidate(def.no(), c, score * 100 - Math.abs(composites[c].length() - score)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed());
        Map<Integer, Integer> out = new TreeMap<>();
        Set<Integer> usedCols = new HashSet<>();
        for (Candidate c : candidates) {
            if (!out.containsKey(c.no()) && usedCols.add(c.col())) {
                out.put(c.no(), c.col());
            }
        }
        return out;
    }

    /**
     * Total length of the path parts found in the header text, or 0 when the last part — the column's own name — is
     * missing. Group parts above it (“本年支出”, “预算数”) count when present: a sheet may print them or not.
     */
    static int score(List<String> path, String composite) {
        if (composite == null || composite.isEmpty() || path.isEmpty()) {
            return 0;
        }
        int leaf = partScore(path.get(path.size() - 1), composite);
        if (leaf == 0) {
            return 0;
        }
        int total = leaf;
        for (int i = 0; i < path.size() - 1; i++) {
            total += partScore(path.get(i), composite);
        }
        return total;
    }

    private static int partScore(String part, String composite) {
        int best = 0;
        for (String a : alternatives(part)) {
            if (!a.isEmpty() && composite.contains(a)) {
                best = Math.max(best, a.length());
            }
        }
        return best;
    }

    /** A header part's alternatives (“小计|合计”), normalised: worked out once per part text, as definitions are fixed. */
    private static String[] alternatives(String part) {
        String[] known = ALTERNATIVES.get(part);
        if (known != null) {
            return known;
        }
        if (ALTERNATIVES.size() > 10_000) {
            return split(part); // edited definitions reloaded many times: stop remembering rather than grow
        }
        return ALTERNATIVES.computeIfAbsent(part, HeaderMatcher::split);
    }

    private static String[] split(String part) {
        String[] alts = part.split("\\|");
        for (int i = 0; i < alts.length; i++) {
            alts[i] = Text.norm(alts[i]);
        }
        return alts;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String[]> ALTERNATIVES = new java.util.concurrent.ConcurrentHashMap<>();
}
