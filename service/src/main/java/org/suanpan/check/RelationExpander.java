package org.suanpan.check;

import org.suanpan.definition.CodeList;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.RowKind;
import org.suanpan.recognise.TableRow;
import org.suanpan.rules.Formula;
import org.suanpan.rules.Rule;
import org.suanpan.rules.RowSelector;
import org.suanpan.rules.Signed;
import org.suanpan.rules.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a rule to a recognised workbook: binds its quantifiers (各行, 各类行, 各栏 …) to the rows and columns the
 * tables actually have and reads each term's cells, giving one {@link Relation} per place. A rule whose table is
 * missing yields nothing: the missing table is reported on its own.
 */
final class RelationExpander {
    private final Recognition recognition;
    private final BigDecimal halfStep;
    private final Map<String, RecognisedTable> tables;
    /** While a rule on a table in parts is applied to one part: the table and that part. */
    private Map<String, String> partOf = Map.of();

    RelationExpander(Recognition recognition) {
        this.recognition = recognition;
        this.halfStep = recognition.unit().halfStep();
        this.tables = new HashMap<>(recognition.tables());
    }

    /** The row a quantifier is at; {@code row} is null for a class only the other table has. */
    private record Binding(String table, TableRow row, String classCode) {
        static final Binding NONE = new Binding(null, null, null);
    }

    /**
     * The value of a sum of plain terms (no quantifiers) and the cells it reads; empty when a table it names is
     * missing.
     */
    java.util.Optional<Quantity> evaluate(List<Signed> sum) {
        for (Signed s : sum) {
            String table = s.term() instanceof Term.CellTerm c ? c.table() : s.term() instanceof Term.Sum x ? x.table() : null;
            if (table != null && !tables.containsKey(table)) {
                return java.util.Optional.empty();
            }
        }
        List<Operand> ops = new ArrayList<>();
        BigDecimal constant = operands(sum, tablesOf(sum, null), Binding.NONE, null, null, ops);
        BigDecimal total = constant;
        for (Operand o : ops) {
            total = total.add(o.signedValue());
        }
        return java.util.Optional.of(new Quantity(total, ops.stream().map(Operand::cell).toList()));
    }

    List<Relation> expand(Rule rule) {
        Formula f = rule.formula();
        if (f.everyTable()) {
            List<Relation> out = new ArrayList<>();
            for (RecognisedTable t : recognition.tables().values()) {
                out.addAll(expand(rule, t.id()));
            }
            return out;
        }
        List<String> inParts = new ArrayList<>();
        for (String table : f.tables()) {
            if (!tables.containsKey(table)) {
                if (parts(table).isEmpty()) {
                    return List.of();
                }
                inParts.add(table);
            }
        }
        if (inParts.size() == 1 && f.tables().size() == 1) {
            // a rule on a table printed in parts holds in every part
            List<Relation> out = new ArrayList<>();
            for (String part : parts(inParts.get(0))) {
                partOf = Map.of(inParts.get(0), part);
                try {
                    out.addAll(expand(rule, null));
                } finally {
                    partOf = Map.of();
                }
            }
            return out;
        }
        return expand(rule, null);
    }

    /** The parts (预算12-1, 预算12-2 …) of a table the edition prints in parts; empty for any other table. */
    private List<String> parts(String table) {
        var def = recognition.edition().tables().get(table);
        if (def == null || !def.parts()) {
            return List.of();
        }
        return tables.keySet().stream().filter(k -> k.startsWith(table + "-")).sorted(java.util.Comparator
            .comparingInt((String k) -> k.length()).thenComparing(k -> k)).toList();
    }

    private List<Relation> expand(Rule rule, String everyTable) {
        Formula f = rule.formula();
        Term.CellTerm rowQ = f.rowQuantified();
        Term.CellTerm colQ = f.columnQuantified();
        List<Binding> rows = rowQ == null ? List.of(Binding.NONE) : rowDomain(f, rowQ, everyTable);
        List<Relation> out = new ArrayList<>();
        // each term's table looked up once per rule, not once per place: the lookups were ~5% of a check
        RecognisedTable[] leftTables = tablesOf(f.left(), everyTable);
        RecognisedTable[] rightTables = tablesOf(f.right(), everyTable);
        RecognisedTable colTable = null;
        for (int i = 0, n = rows.size(); i < n; i++) {
            Binding b = rows.get(i);
            if (colQ != null && colTable == null) {
                colTable = table(colQ.table(), everyTable);
            }
            List<Integer> columns = colQ == null ? Collections.singletonList(null) : columnDomain(colQ, colTable, b);
            for (int k = 0, m = columns.size(); k < m; k++) {
                Integer col = columns.get(k);
                Relation r = build(rule, leftTables, rightTables, b, col, everyTable);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private List<Binding> rowDomain(Formula f, Term.CellTerm q, String everyTable) {
        RecognisedTable t = table(q.table(), everyTable);
        RowSelector.Each each = (RowSelector.Each) q.row();
        RowSelector.Scope scope = each.scope();
        CodeList list = null;
        if (each.list() != null) {
            list = recognition.edition().codeLists().get(each.list());
            if (list == null) {
                throw new RuleNotApplicable("版式 " + recognition.edition().id() + " 中没有名为“" + each.list() + "”的科目名单（templates/editions/*.json 的 codeLists）");
            }
        }
        List<Binding> out = new ArrayList<>();
        Set<String> classes = new LinkedHashSet<>();
        for (TableRow r : t.rows()) {
            boolean in = switch (scope) {
                case ALL -> true;
                case CLASSES -> isClassRow(r);
                case SECTIONS -> r.level() == 2;
                case ITEMS -> r.level() == 3;
                case BLANK_LINES -> r.blankLine();
            };
            if (in && list != null) {
                in = list.contains(r.code(), r.label());
            }
            if (in) {
                out.add(new Binding(t.id(), r, r.classCode()));
                if (r.classCode() != null) {
                    classes.add(r.classCode());
                }
            }
        }
        if (scope == RowSelector.Scope.CLASSES) {
            f.terms().forEach(term -> {
                if (term instanceof Term.CellTerm c && c.row() instanceof RowSelector.SameClass) {
                    for (TableRow r : table(c.table(), everyTable).rows()) {
                        if (isClassRow(r) && classes.add(r.classCode())) {
                            out.add(new Binding(t.id(), null, r.classCode()));
                        }
                    }
                }
            });
        }
        return out;
    }

    private static boolean hasNoLongerCode(RecognisedTable t, TableRow parent) {
        String code = parent.code();
        return code != null && t.rows().stream().noneMatch(r -> r.code() != null && r.code().length() > code.length() && r.code().startsWith(code));
    }

    private static boolean isClassRow(TableRow r) {
        return r.classCode() != null && (r.kind() == RowKind.LINE || r.level() == 1);
    }

    private List<Integer> columnDomain(Term.CellTerm q, RecognisedTable t, Binding b) {
        TableRow row = resolveRow(q.row(), t, b);
        if (row != null) {
            return row.columns();
        }
        return t.def().columns().stream().map(c -> c.no()).toList();
    }

    private Relation build(Rule rule, RecognisedTable[] leftTables, RecognisedTable[] rightTables, Binding b, Integer col,
                           String everyTable) {
        Formula f = rule.formula();
        List<Operand> left = new ArrayList<>(f.left().size());
        List<Operand> right = new ArrayList<>(f.right().size());
        BigDecimal leftConstant;
        BigDecimal rightConstant;
        try {
            leftConstant = operands(f.left(), leftTables, b, col, everyTable, left);
            rightConstant = operands(f.right(), rightTables, b, col, everyTable, right);
        } catch (Unplaced e) {
            return null;
        }
        if (left.isEmpty() && right.isEmpty()) {
            return null;
        }
        return new Relation(rule, b.row(), b.classCode(), col, left, leftConstant, right, rightConstant, halfStep);
    }

    /** The table each cell or sum term reads, by position; null where the table is missing (or the term a constant). */
    private RecognisedTable[] tablesOf(List<Signed> terms, String everyTable) {
        RecognisedTable[] out = new RecognisedTable[terms.size()];
        for (int i = 0; i < out.length; i++) {
            Term term = terms.get(i).term();
            String id = term instanceof Term.CellTerm c ? c.table() : term instanceof Term.Sum x ? x.table() : null;
            if (id != null || everyTable != null) {
                out[i] = tables.get(key(id, everyTable));
            }
        }
        return out;
    }

    /** {@code resolved}: the terms' tables from {@link #tablesOf}; a missing one is reported by {@link #table} where it is needed. */
    private BigDecimal operands(List<Signed> terms, RecognisedTable[] resolved, Binding b, Integer col, String everyTable,
                                List<Operand> out) {
        BigDecimal constant = BigDecimal.ZERO;
        // indexed: an iterator per term list per place was the largest allocation of a check
        for (int i = 0, n = terms.size(); i < n; i++) {
            Signed s = terms.get(i);
            Term term = s.term();
            if (term instanceof Term.Constant c) {
                constant = s.sign() < 0 ? constant.subtract(c.value()) : constant.add(c.value());
            } else if (term instanceof Term.CellTerm c && resolved[i] == null && c.table() != null && !tables.containsKey(c.table())
                && !partOf.containsKey(c.table()) && !parts(c.table()).isEmpty()) {
                // a table printed in parts, named beside other tables: the same amount of every part, added up
                for (String part : parts(c.table())) {
                    RecognisedTable t = tables.get(part);
                    TableRow row = resolveRow(c.row(), t, b);
                    if (row == null && c.row() instanceof RowSelector.Label) {
                        throw new Unplaced();
                    }
                    if (row != null) {
                        add(out, s.sign(), t, row, c.column() != null ? c.column() : col);
                    }
                }
            } else if (term instanceof Term.CellTerm c) {
                RecognisedTable t = resolved[i] != null ? resolved[i] : table(c.table(), everyTable);
                TableRow row = resolveRow(c.row(), t, b);
                if (row == null && c.row() instanceof RowSelector.Line l && t.def().line(l.no()).filter(d -> !d.blank()).isPresent()) {
                    // a line the edition has but the sheet's layout did not place: the relation cannot be judged
                    throw new Unplaced();
                }
                if (row == null && c.row() instanceof RowSelector.Label && t.def().layout() == org.suanpan.definition.Layout.FORM) {
                    // a form field the sheet does not hold: reported on its own, never taken for 0
                    throw new Unplaced();
                }
                if (row != null) {
                    Integer column = c.column() != null ? c.column() : col;
                    add(out, s.sign(), t, row, column);
                }
            } else if (term instanceof Term.Sum sum) {
                RecognisedTable t = resolved[i] != null ? resolved[i] : table(sum.table(), everyTable);
                Integer column = sum.column() != null ? sum.column() : col;
                List<TableRow> rows = switch (sum.kind()) {
                    case CHILDREN -> b.row() == null || !t.id().equals(b.table()) ? List.of() : t.children(b.row());
                    case CLASSES -> t.atLevel(1);
                };
                if (rows.isEmpty() && sum.kind() == Term.SumKind.CHILDREN && b.row() != null && hasNoLongerCode(t, b.row())) {
                    // a 款 printed without 项 (21011 行政事业单位医疗) is a leaf: there is nothing to add up
                    throw new Unplaced();
                }
                for (int k = 0, m = rows.size(); k < m; k++) {
                    add(out, s.sign(), t, rows.get(k), column);
                }
            }
        }
        return constant;
    }

    private static void add(List<Operand> out, int sign, RecognisedTable t, TableRow row, Integer column) {
        Integer c = column;
        if (c == null && t.def().layout() == org.suanpan.definition.Layout.FORM && row.cells().size() > 1) {
            // a list inside a form (支出明细测算 金额): its amounts added up
            for (AmountCell cell : row.cells().values()) {
                out.add(new Operand(sign, t.id(), cell, row));
            }
            return;
        }
        if (c == null) {
            if (row.cells().size() == 1) {
                c = row.cells().keySet().iterator().next();
            } else if (row.cells().isEmpty()) {
                return;
            } else {
                throw new RuleNotApplicable(t.id() + " " + row.describe() + " 有多个栏次，公式中请写明栏次（如“59行 3栏”）或用“各栏”");
            }
        }
        AmountCell cell = row.cell(c);
        if (cell != null) {
            out.add(new Operand(sign, t.id(), cell, row));
        }
    }

    private TableRow resolveRow(RowSelector sel, RecognisedTable t, Binding b) {
        if (sel instanceof RowSelector.Current || sel instanceof RowSelector.Each) {
            if (b.table() != null && b.table().equals(t.id())) {
                return b.row();
            }
            if (t.single().isPresent()) {
                return t.single().get();
            }
            if (t.rows().isEmpty()) {
                return null;
            }
            throw new RuleNotApplicable("公式中 " + t.id() + " 的一项没有写明是哪一行");
        }
        if (sel instanceof RowSelector.Line l) {
            return t.line(l.no()).orElse(null);
        }
        if (sel instanceof RowSelector.Code c) {
            return t.code(c.code()).orElse(null);
        }
        if (sel instanceof RowSelector.Label l) {
            return t.labelled(l.label()).orElse(null);
        }
        if (sel instanceof RowSelector.Total) {
            return t.total().orElse(null);
        }
        if (sel instanceof RowSelector.SameClass) {
            return b.classCode() == null ? null : t.ofClass(b.classCode()).orElse(null);
        }
        throw new IllegalStateException("unknown row selector " + sel);
    }

    private RecognisedTable table(String id, String everyTable) {
        String key = key(id, everyTable);
        RecognisedTable t = tables.get(key);
        if (t == null) {
            throw new RuleNotApplicable("缺少" + key);
        }
        return t;
    }

    /** The name a term's table is held under: a part's name while a rule is applied part by part, else its own. */
    private String key(String id, String everyTable) {
        if (id == null) {
            return everyTable;
        }
        return partOf.isEmpty() ? id : partOf.getOrDefault(id, id);
    }

    /** A term names a line of the edition that the table's rows do not hold. */
    private static final class Unplaced extends RuntimeException {
        Unplaced() {
            super(null, null, false, false);
        }
    }
}
