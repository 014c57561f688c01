package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.definition.Editions;
import org.suanpan.definition.Layout;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.read.Amount;
import org.suanpan.read.Book;
import org.suanpan.read.Grid;
import org.suanpan.read.UnusableInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the nine tables in a workbook by their titles and headers — never by sheet names or positions — and maps
 * each to its canonical id. Says which tables are missing or unreadable, and why.
 */
public final class Recogniser {
    private final Editions editions;
    private final TitleFinder titles;
    private final Map<Layout, TableReader> readers = new EnumMap<>(Layout.class);

    public Recogniser(Editions editions) {
        this.editions = editions;
        this.titles = new TitleFinder(editions.all());
        readers.put(Layout.LINES, new LineTableReader());
        readers.put(Layout.CODED, new CodedTableReader());
        readers.put(Layout.DETAIL, new DetailTableReader());
        readers.put(Layout.SINGLE_ROW, new SingleRowTableReader());
    }

    public Recognition recognise(Book book) {
        List<TitleFinder.Hit> hits = titles.find(book);
        Map<String, RecognisedTable> found = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Edition reference = editions.newest();
        for (int i = 0; i < hits.size(); i++) {
            org.suanpan.Cancel.check();
            TitleFinder.Hit hit = hits.get(i);
            if (found.containsKey(hit.tableId())) {
                continue;
            }
            Region region = new Region(hit.grid(), hit.row(), hit.col(), hit.text(), regionEnd(hits, i));
            TableDef def = reference.table(hit.tableId());
            Attempt attempt = readers.get(def.layout()).read(region, def);
            if (attempt.succeeded()) {
                found.put(hit.tableId(), attempt.table());
                problems.addAll(attempt.problems());
            } else {
                failures.putIfAbsent(hit.tableId(), "工作表“" + hit.grid().name() + "”第" + (hit.row() + 1) + "行有表名《"
                    + hit.text() + "》，但" + attempt.failure());
            }
        }
        findUntitled(book, reference, found, failures, problems);
        if (found.isEmpty()) {
            throw new UnusableInputException(nothingFound(book, failures));
        }
        Map<String, Grid> grids = new LinkedHashMap<>();
        book.sheets().forEach(g -> grids.put(g.name(), g));
        Edition edition = EditionDetector.detect(editions.all(), found, grids);
        Map<String, RecognisedTable> tables = new LinkedHashMap<>();
        for (TableDef def : edition.tables().values()) {
            RecognisedTable t = found.get(def.id());
            if (t != null) {
                tables.put(def.id(), t.withDef(def));
            } else {
                problems.add(missing(edition, def, failures.get(def.id())));
            }
        }
        problems.addAll(unreadableAmounts(tables.values()));
        problems.sort(Comparator.comparing(p -> p.table() == null ? "" : p.table()));
        return new Recognition(book, edition, tables, List.copyOf(problems));
    }

    /** Sheets without any titled table may hold a table whose title row was deleted: match them by headers. */
    private void findUntitled(Book book, Edition reference, Map<String, RecognisedTable> found, Map<String, String> failures,
                              List<Problem> problems) {
        java.util.Set<String> missing = new java.util.HashSet<>(reference.tables().keySet());
        missing.removeAll(found.keySet());
        if (missing.isEmpty()) {
            return;
        }
        for (Grid g : HeaderOnlyFinder.candidates(book, HeaderOnlyFinder.sheetsWithTables(found))) {
            HeaderOnlyFinder.Match m = HeaderOnlyFinder.best(g, reference, editions.all(), missing);
            if (m == null) {
                continue;
            }
            Region region = new Region(g, -1, 0, g.name(), g.rowCount());
            Attempt attempt = readers.get(m.def().layout()).read(region, m.def());
            if (attempt.succeeded() && !attempt.table().rows().isEmpty()) {
                found.put(m.def().id(), attempt.table());
                problems.addAll(attempt.problems());
                problems.add(new Problem("S-02", Severity.WARNING, m.def().id(), g.name(), null,
                    "工作表“" + g.name() + "”没有表名，按表头认定为" + reference.label(m.def().id()) + "《" + m.def().title()
                        + "》。请在表的第一行补上表名，以免认错。"));
                failures.remove(m.def().id());
                missing.remove(m.def().id());
            }
        }
    }

    private static int regionEnd(List<TitleFinder.Hit> hits, int i) {
        TitleFinder.Hit hit = hits.get(i);
        for (int j = i + 1; j < hits.size(); j++) {
            TitleFinder.Hit next = hits.get(j);
            if (next.grid() == hit.grid() && next.row() > hit.row()) {
                return next.row();
            }
            if (next.grid() != hit.grid()) {
                break;
            }
        }
        return hit.grid().rowCount();
    }

    private static Problem missing(Edition edition, TableDef def, String failure) {
        String name = edition.label(def.id()) + "《" + def.title() + "》";
        String message = failure != null
            ? "无法读取" + name + "：" + failure + "。请对照空白模板检查表头（项目、栏次、行次）。"
            : "工作簿中没有找到" + name + "。请确认这张表在工作簿中，且表的第一行是表名；没有数据的表也要保留表头，并注明“本单位无…”。";
        return new Problem("S-01", Severity.ERROR, def.id(), null, null, message);
    }

    private static List<Problem> unreadableAmounts(Iterable<RecognisedTable> tables) {
        List<Problem> out = new ArrayList<>();
        for (RecognisedTable t : tables) {
            for (TableRow row : t.rows()) {
                for (AmountCell c : row.cells().values()) {
                    if (c.amount().status() != Amount.Status.UNREADABLE) {
                        continue;
                    }
                    out.add(new Problem("S-03", Severity.ERROR, t.id(), c.sheet(), c.address(),
                        t.id() + " " + c.ref() + " 的内容“" + c.amount().raw() + "”不是金额，按 0 参与审核。请改为数字（如 1148.77），没有发生额的填 0 或留空。"));
                }
            }
        }
        return out;
    }

    private static String nothingFound(Book book, Map<String, String> failures) {
        if (!failures.isEmpty()) {
            return "工作簿“" + book.fileName() + "”中找到了表名，但没能读出任何一张表：" + String.join("；", failures.values())
                + "。请对照空白模板检查表头。";
        }
        return "工作簿“" + book.fileName() + "”中没有找到任何一张部门决算公开表（公开01表—公开09表，如《收入支出决算总表》）。"
            + "请确认上传的是部门决算公开表，且每张表的第一行是表名。";
    }
}
