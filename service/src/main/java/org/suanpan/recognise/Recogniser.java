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
import java.util.Set;

/**
 * Finds the nine tables in a workbook by their titles and headers — never by sheet names or positions — and maps
 * each to its canonical id. Says which tables are missing or unreadable, and why.
 */
public final class Recogniser {
    private final Editions editions;
    private final TitleFinder titles;
    private final Map<Layout, TableReader> readers = new EnumMap<>(Layout.class);
    private final Map<String, List<DefOption>> options;

    public Recogniser(Editions editions) {
        this.editions = editions;
        this.titles = new TitleFinder(editions.all());
        this.options = options(editions.all());
        readers.put(Layout.LINES, new LineTableReader());
        readers.put(Layout.CODED, new CodedTableReader());
        readers.put(Layout.DETAIL, new DetailTableReader());
        readers.put(Layout.SINGLE_ROW, new SingleRowTableReader());
        readers.put(Layout.FORM, new FormTableReader());
    }

    public Recognition recognise(Book book) {
        List<TitleFinder.Hit> hits = titles.find(book);
        Map<String, Read> found = new LinkedHashMap<>();
        Map<String, String> failures = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Edition reference = editions.newest();
        for (int i = 0; i < hits.size(); i++) {
            org.suanpan.Cancel.check();
            TitleFinder.Hit hit = hits.get(i);
            if (inParts(hit.tableId())) {
                Region region = new Region(hit.grid(), hit.row(), hit.col(), hit.text(), regionEnd(hits, i));
                if (readBest(region, hit.tableId()) instanceof Read read) {
                    found.put(hit.tableId() + "-" + (parts(found, hit.tableId()).size() + 1), read);
                }
                continue;
            }
            if (found.containsKey(hit.tableId())) {
                continue;
            }
            Region region = new Region(hit.grid(), hit.row(), hit.col(), hit.text(), regionEnd(hits, i));
            Object best = readBest(region, hit.tableId());
            if (best instanceof Read read) {
                found.put(hit.tableId(), read);
            } else {
                failures.putIfAbsent(hit.tableId(), "工作表“" + hit.grid().name() + "”第" + (hit.row() + 1) + "行有表名《"
                    + hit.text() + "》，但" + best);
            }
        }
        findUntitled(book, reference, found, failures, problems);
        if (found.isEmpty()) {
            throw new UnusableInputException(nothingFound(book, failures));
        }
        Map<String, Grid> grids = new LinkedHashMap<>();
        book.sheets().forEach(g -> grids.put(g.name(), g));
        Map<String, Set<String>> fits = new LinkedHashMap<>();
        Map<String, RecognisedTable> read = new LinkedHashMap<>();
        found.forEach((id, r) -> {
            fits.put(id, r.editions());
            read.put(id, r.table());
        });
        Edition edition = EditionDetector.detect(editions.all(), fits, read, grids);
        Map<String, RecognisedTable> tables = new LinkedHashMap<>();
        List<String> mixed = new ArrayList<>();
        for (TableDef def : edition.tables().values()) {
            if (def.parts()) {
                List<String> parts = parts(found, def.id());
                if (parts.isEmpty()) {
                    problems.add(missing(book, edition, def, null));
                }
                for (String part : parts) {
                    Read r = found.get(part);
                    problems.addAll(r.problems());
                    tables.put(part, r.table().withDef(def.part(part)));
                }
                continue;
            }
            Read r = found.get(def.id());
            if (r == null) {
                problems.add(missing(book, edition, def, failures.get(def.id())));
                continue;
            }
            problems.addAll(r.problems());
            RecognisedTable t = r.tableFor(edition.id());
            if (!r.editions().contains(edition.id())) {
                mixed.add(edition.label(def.id()) + "按" + String.join("、", r.editions()) + "年版");
                if (def.lines().isEmpty()) {
                    // columns keep the numbers of the edition the table follows; its own rules come from that edition
                    tables.put(def.id(), t);
                    continue;
                }
                t = LinePlacer.renumber(t, def);
            }
            tables.put(def.id(), t.withDef(def));
        }
        if (!mixed.isEmpty()) {
            problems.add(new Problem("S-13", Severity.INFO, null, null, null, "工作簿按" + edition.name() + "审核，但其中"
                + String.join("，", mixed) + "的表样最相符：两方表已按项目名称对应到" + edition.id() + "年版的行次，其它表按所属版式的审核公式审核本表，"
                + "涉及它们的表间关系没有审核。请确认各表出自同一版式。"));
        }
        problems.addAll(unreadableAmounts(tables.values()));
        Unit unit = UnitReader.read(grids, tables, problems);
        problems.addAll(UnitInText.find(edition, grids, tables.values(), unit));
        problems.addAll(FormTexts.check(edition, grids, tables));
        problems.addAll(IndicatorTables.check(edition, grids, tables));
        problems.sort(Comparator.comparing(p -> p.table() == null ? "" : p.table()));
        return new Recognition(book, edition, tables, List.copyOf(problems), unit);
    }

    /** Whether some edition prints the table in parts (one per project). */
    private boolean inParts(String tableId) {
        return options.getOrDefault(tableId, List.of()).stream().anyMatch(o -> o.def().parts());
    }

    /** The parts of {@code tableId} found so far (预算12-1, 预算12-2 …), in the order the workbook holds them. */
    private static List<String> parts(Map<String, Read> found, String tableId) {
        return found.keySet().stream().filter(k -> k.startsWith(tableId + "-") && k.substring(tableId.length() + 1).chars().allMatch(Character::isDigit)).toList();
    }

    /** A table read with the definition that fits it best, and the editions that define the table that way. */
    private record Read(RecognisedTable table, List<Problem> problems, Set<String> editions, Map<String, RecognisedTable> byEdition) {

        /** The table as read with {@code edition}'s definition, when that one fitted as well as the best. */
        RecognisedTable tableFor(String edition) {
            return byEdition.getOrDefault(edition, table);
        }
    }

    /**
     * Reads the region with every definition the editions give for the table and keeps the one that fits best:
     * fewest problems, then the most lines whose label and 行次 agree. Returns a {@link Read}, or the reason
     * (a String) why no definition could read it.
     */
    private Object readBest(Region region, String tableId) {
        Read best = null;
        int bestFit = Integer.MIN_VALUE;
        String failure = null;
        // a two-sided table's reader looks at sides and columns only (lines matter only when there is no 行次 column):
        // definitions that differ in their lines alone share one read
        Map<List<Object>, Attempt> shared = new java.util.HashMap<>();
        for (DefOption option : ordered(region, tableId)) {
            TableDef def = option.def();
            List<Object> shape = List.of(def.layout(), def.sides(), def.columns());
            Attempt attempt = def.layout() == Layout.LINES ? shared.get(shape) : null;
            if (attempt == null) {
                attempt = readers.get(def.layout()).read(region, def);
                if (def.layout() == Layout.LINES && attempt.succeeded()
                    && attempt.table().rows().stream().noneMatch(TableRow::lineFromLabel)) {
                    shared.put(shape, attempt);
                }
            }
            if (!attempt.succeeded()) {
                failure = failure == null ? attempt.failure() : failure;
                continue;
            }
            RecognisedTable table = attempt.table();
            int fit = -10 * attempt.misfits();
            LinePlacer.Placement placement = null;
            if (!def.lines().isEmpty()) {
                placement = LinePlacer.place(table, def);
                fit = placement.fit() - (placement.warns() ? 100 : 0);
            }
            for (Problem p : attempt.problems()) {
                fit -= switch (p.severity()) {
                    case ERROR -> 1000;
                    case WARNING -> 100;
                    default -> 0;
                };
            }
            if (best == null || fit > bestFit) {
                List<Problem> problems = new ArrayList<>(attempt.problems());
                if (placement != null) {
                    table = new RecognisedTable(def, table.sheet(), table.sheetIndex(), table.titleRow(), table.titleCol(),
                        table.titleText(), placement.rows());
                    problems.addAll(placement.problems(def, table.sheet()));
                }
                best = new Read(table, problems, new java.util.TreeSet<>(option.editions()), new java.util.HashMap<>());
                bestFit = fit;
            } else if (fit == bestFit) {
                best.editions().addAll(option.editions());
                RecognisedTable same = placement == null ? table : new RecognisedTable(def, table.sheet(), table.sheetIndex(),
                    table.titleRow(), table.titleCol(), table.titleText(), placement.rows());
                for (String e : option.editions()) {
                    best.byEdition().put(e, same);
                }
            }
            if (placement != null && placement.perfect() && attempt.problems().isEmpty()
                && attempt.table().rows().stream().noneMatch(TableRow::lineFromLabel)) {
                // printed 行次 and labels agree on every line: another definition could at best tie, and a second
                // layout with the same labels and numbers would be the same layout (without 行次, labels alone
                // may fit several editions equally, and the printed table numbers decide)
                break;
            }
        }
        return best != null ? best : failure;
    }

    /**
     * The definitions of the table, those of the editions whose table number the title carries (“…（表1）”) first:
     * the reading usually stops at the first one that fits everywhere.
     */
    private List<DefOption> ordered(Region region, String tableId) {
        List<DefOption> all = options.getOrDefault(tableId, List.of());
        if (all.size() < 2) {
            return all;
        }
        String title = org.suanpan.text.Text.norm(region.titleText());
        List<DefOption> out = new ArrayList<>(all.size());
        List<DefOption> rest = new ArrayList<>();
        for (DefOption o : all) {
            boolean numbered = o.editions().stream().anyMatch(e -> {
                String label = org.suanpan.text.Text.norm(editions.get(e).label(tableId));
                return !label.isEmpty() && (title.contains("(" + label + ")") || title.endsWith(label));
            });
            (numbered ? out : rest).add(o);
        }
        out.addAll(rest);
        return out;
    }

    /** One way the editions define a table, and which editions define it so. */
    private record DefOption(TableDef def, Set<String> editions) {
    }

    private static Map<String, List<DefOption>> options(List<Edition> editions) {
        Map<String, List<DefOption>> out = new LinkedHashMap<>();
        List<Edition> newestFirst = new ArrayList<>(editions);
        newestFirst.sort(Comparator.comparing(Edition::id).reversed());
        for (Edition e : newestFirst) {
            for (TableDef def : e.tables().values()) {
                List<DefOption> list = out.computeIfAbsent(def.id(), k -> new ArrayList<>());
                DefOption same = list.stream().filter(o -> o.def().equals(def)).findFirst().orElse(null);
                if (same == null) {
                    list.add(new DefOption(def, new java.util.TreeSet<>(Set.of(e.id()))));
                } else {
                    same.editions().add(e.id());
                }
            }
        }
        return out;
    }

    /** Sheets without any titled table may hold a table whose title row was deleted: match them by headers. */
    private void findUntitled(Book book, Edition reference, Map<String, Read> found, Map<String, String> failures,
                              List<Problem> problems) {
        java.util.Set<String> missing = new java.util.HashSet<>(reference.tables().keySet());
        missing.removeAll(found.keySet());
        if (missing.isEmpty()) {
            return;
        }
        Map<String, RecognisedTable> titled = new LinkedHashMap<>();
        found.forEach((id, r) -> titled.put(id, r.table()));
        for (Grid g : HeaderOnlyFinder.candidates(book, HeaderOnlyFinder.sheetsWithTables(titled))) {
            HeaderOnlyFinder.Match m = HeaderOnlyFinder.best(g, reference, editions.all(), missing);
            if (m == null) {
                continue;
            }
            Region region = new Region(g, -1, 0, g.name(), g.rowCount());
            if (readBest(region, m.def().id()) instanceof Read read && !read.table().rows().isEmpty()) {
                List<Problem> all = new ArrayList<>(read.problems());
                String title = unknownTitle(g);
                String as = reference.label(m.def().id()) + "《" + m.def().title() + "》";
                all.add(title == null
                    ? new Problem("S-02", Severity.WARNING, m.def().id(), g.name(), null,
                        "工作表“" + g.name() + "”没有表名，按表头认定为" + as + "。请在表的第一行补上表名，以免认错。")
                    : new Problem("S-02", Severity.INFO, m.def().id(), g.name(), null,
                        "工作表“" + g.name() + "”的表名《" + title + "》不在已知的表名中，按表头认定为" + as
                            + "。如这是本地的印法，可在 templates/editions 的版式文件中把它加到这张表的 aliases。"));
                found.put(m.def().id(), new Read(read.table(), all, read.editions(), read.byEdition()));
                failures.remove(m.def().id());
                missing.remove(m.def().id());
            }
        }
    }

    /** A title standing above a table's header that is none of the known titles (“…经费情况表”), or null. */
    private static String unknownTitle(Grid g) {
        for (int r = 0; r < Math.min(3, g.rowCount()); r++) {
            for (org.suanpan.read.Cell c : g.row(r)) {
                if (c == null || c.kind() != org.suanpan.read.CellKind.TEXT) {
                    continue;
                }
                String n = c.norm().replaceAll("\\([^)]*\\)$", "");
                if (n.length() >= 4 && n.length() <= 60 && n.endsWith("表") && !n.matches("(公开\\d+表?|表\\d+)")
                    && !n.startsWith("注") && !n.contains("单位:")
                    && !n.contains("部门:") && !n.contains("。")) {
                    return c.text().trim();
                }
            }
        }
        return null;
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

    private static Problem missing(Book book, Edition edition, TableDef def, String failure) {
        String name = edition.label(def.id()) + "《" + def.title() + "》";
        if (def.optional()) {
            return new Problem("S-10", Severity.INFO, def.id(), null, null, (failure == null ? "工作簿中没有" + name
                : "工作簿中的" + name + "只有表名、没有可读的表体") + "。这张表可以不公开，涉及它的审核公式没有审核。");
        }
        String statement = NotPublished.statement(book, def);
        if (statement != null) {
            return new Problem("S-10", Severity.INFO, def.id(), null, null, "工作簿中没有" + name + "，" + statement
                + "说明本表不公开或为空表，因此不作为缺表；涉及这张表的审核公式没有审核。");
        }
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
