package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Book;
import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds cells that hold a table's title, in any sheet and position, with or without a year in front
 * (“2022年度收入决算表（表2）”). The longest title wins, so 财政拨款收入支出决算总表 is not taken for 收入支出决算总表.
 */
final class TitleFinder {
    private static final int MAX_EXTRA = 40;
    private static final Pattern DECOR = Pattern.compile("\\((表\\d+|公开\\d+表?|续表?|续)\\)|公开\\d+表|\\(续\\)");

    record Hit(String tableId, Grid grid, int row, int col, String text) {
    }

    private record Variant(String id, String title) {
    }

    /**
     * The variants by their last two characters, longest first within each: a text can only end with a title that
     * ends as it does, so each candidate cell is compared with a handful of titles rather than all of them.
     */
    private final java.util.Map<String, List<Variant>> bySuffix = new java.util.HashMap<>();
    /** Titles of fewer than two characters (none in the shipped editions), tried against every text. */
    private final List<Variant> shortTitles = new ArrayList<>();

    TitleFinder(List<Edition> editions) {
        List<Variant> variants = new ArrayList<>();
        for (Edition e : editions) {
            for (TableDef def : e.tables().values()) {
                for (String t : def.titles()) {
                    String n = Text.norm(t);
                    if (variants.stream().noneMatch(v -> v.title().equals(n))) {
                        variants.add(new Variant(def.id(), n));
                    }
                }
            }
        }
        variants.sort(Comparator.comparingInt((Variant v) -> v.title().length()).reversed());
        for (Variant v : variants) {
            if (v.title().length() >= 2) {
                bySuffix.computeIfAbsent(suffix(v.title()), k -> new ArrayList<>()).add(v);
            } else {
                shortTitles.add(v);
            }
        }
    }

    private static String suffix(String s) {
        return s.length() <= 2 ? s : s.substring(s.length() - 2);
    }

    List<Hit> find(Book book) {
        List<Hit> hits = new ArrayList<>();
        for (Grid g : book.sheets()) {
            for (int r = g.nextRow(0); r < g.rowCount(); r = g.nextRow(r + 1)) {
                org.suanpan.Cancel.check();
                for (Cell cell : g.row(r)) {
                    if (cell == null || cell.kind() != CellKind.TEXT || cell.text().indexOf('表') < 0) {
                        continue;
                    }
                    String id = matchNormalised(cell.norm());
                    if (id != null) {
                        hits.add(new Hit(id, g, r, cell.col(), cell.text().trim()));
                    }
                }
            }
        }
        return hits;
    }

    /** The canonical id whose title the text is, or null. */
    String match(String text) {
        return matchNormalised(Text.norm(text));
    }

    /** {@link #match} of text already normalised (a cell's own {@link Cell#norm}, worked out once). */
    private String matchNormalised(String norm) {
        String n = norm;
        if (n.length() < 4 || n.startsWith("注") || n.contains("。")) {
            return null;
        }
        if (n.indexOf('(') >= 0 || n.contains("公开")) {
            // the decorations all carry a bracket or 公开: other titles skip the pattern
            n = DECOR.matcher(n).replaceAll("");
        }
        // a title of two characters or more can only end a text whose last two are its own
        for (Variant v : bySuffix.getOrDefault(suffix(n), List.of())) {
            if (ends(n, v)) {
                return v.id();
            }
        }
        for (Variant v : shortTitles) {
            if (ends(n, v)) {
                return v.id();
            }
        }
        return null;
    }

    /** Ending with the title implies containing it: endsWith alone, no search through the text per variant. */
    private static boolean ends(String n, Variant v) {
        return n.endsWith(v.title()) && n.length() - v.title().length() <= MAX_EXTRA;
    }
}
