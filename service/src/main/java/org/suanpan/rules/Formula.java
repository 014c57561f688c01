package org.suanpan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed 审核公式: two sums compared. {@code everyTable} marks a formula written for 各表 (each table in turn
 * as the default table). What the checker asks of a formula on every application — which tables it reads, which
 * terms carry the quantifiers — is worked out once, here.
 *
 * @param tables           every table the formula names, in order of appearance
 * @param rowQuantified    the term carrying 各行, 各类行, …, or null
 * @param columnQuantified the term carrying 各栏, or null
 */
public record Formula(String defaultTable, boolean everyTable, List<Signed> left, Comparison comparison, List<Signed> right,
                      List<String> tables, Term.CellTerm rowQuantified, Term.CellTerm columnQuantified) {

    public static Formula of(String defaultTable, boolean everyTable, List<Signed> left, Comparison comparison, List<Signed> right) {
        List<Term> terms = Stream.concat(left.stream(), right.stream()).map(Signed::term).toList();
        List<String> tables = new ArrayList<>();
        Term.CellTerm rowQ = null;
        Term.CellTerm colQ = null;
        for (Term t : terms) {
            String table = t instanceof Term.CellTerm c ? c.table() : t instanceof Term.Sum s ? s.table() : null;
            if (table != null && !tables.contains(table)) {
                tables.add(table);
            }
            if (t instanceof Term.CellTerm c) {
                if (rowQ == null && c.row() instanceof RowSelector.Each) {
                    rowQ = c;
                }
                if (colQ == null && c.eachColumn()) {
                    colQ = c;
                }
            }
        }
        return new Formula(defaultTable, everyTable, List.copyOf(left), comparison, List.copyOf(right), List.copyOf(tables), rowQ, colQ);
    }

    public Stream<Term> terms() {
        return Stream.concat(left.stream(), right.stream()).map(Signed::term);
    }
}
