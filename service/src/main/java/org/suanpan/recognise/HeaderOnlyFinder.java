package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.LineDef;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Book;
import org.suanpan.read.Grid;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds tables whose title row was deleted: a sheet that holds no titled table is matched against every table still
 * missing by its headers (栏次 columns' header texts, 行次 line labels, the 公开06 column groups). The table with
 * the most specific match wins, and only a strong match counts.
 */
final class HeaderOnlyFinder {
    private static final double MIN_COVERAGE = 0.8;
    private static final int MIN_LINES = 5;

    private HeaderOnlyFinder() {
    }

    record Match(Grid grid, TableDef def) {
    }

    static Match best(Grid grid, Edition reference, List<Edition> editions, Set<String> missing) {
        Region region = new Region(grid, -1, 0, grid.name(), grid.rowCount());
        String[] headers = HeaderScan.composites(region, 0, Math.min(grid.rowCount(), HeaderScan.HEADER_WINDOW));
        TableDef best = null;
        int bestScore = 0;
        for (TableDef def : reference.tables().values()) {
            if (!missing.contains(def.id())) {
                continue;
            }
            int score = switch (def.layout()) {
                case CODED, SINGLE_ROW -> columnScore(def, headers);
                case DETAIL -> detailScore(headers);
                case LINES -> lineScore(grid, def.id(), editions);
                case FORM -> 0;
            };
            if (score > bestScore) {
                best = def;
                bestScore = score;
            }
        }
        return best == null ? null : new Match(grid, best);
    }

    /** Number of columns placed by header text, when they are most of the table's columns; else 0. */
    private static int columnScore(TableDef def, String[] headers) {
        Map<Integer, Integer> placed = HeaderMatcher.match(def.columns(), headers, 0, headers.length);
        return placed.size() >= MIN_COVERAGE * def.printed().size() ? placed.size() * 10 : 0;
    }

    private static int detailScore(String[] headers) {
        boolean staff = false;
        boolean office = false;
        int codeHeaders = 0;
        for (String h : headers) {
            staff |= h.contains("人员经费");
            office |= h.contains("公用经费");
            if (h.contains("科目代码") || h.contains("科目编码")) {
                codeHeaders++;
            }
        }
        return staff && office && codeHeaders >= 2 ? 100 : 0;
    }

    /** Line labels of the sheet that only this table's lines carry (in any edition). */
    private static int lineScore(Grid grid, String id, List<Edition> editions) {
        Set<String> own = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (Edition e : editions) {
            for (TableDef d : e.tables().values()) {
                for (LineDef l : d.lines()) {
                    if (!l.blank() && l.classCode() == null) {
                        (d.id().equals(id) ? own : others).add(l.key());
                    }
                }
            }
        }
        own.removeAll(others);
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            for (var cell : grid.row(r)) {
                if (cell != null && !cell.isBlank()) {
                    String key = org.suanpan.text.Text.label(cell.text());
                    if (own.contains(key)) {
                        seen.add(key);
                    }
                }
            }
        }
        return seen.size() >= Math.min(MIN_LINES, own.size()) ? seen.size() * 10 : 0;
    }

    static Set<String> sheetsWithTables(Map<String, RecognisedTable> found) {
        Set<String> out = new HashSet<>();
        found.values().forEach(t -> out.add(t.sheet()));
        return out;
    }

    static List<Grid> candidates(Book book, Set<String> taken) {
        return book.sheets().stream().filter(g -> !taken.contains(g.name()) && g.rowCount() > 2).toList();
    }
}
