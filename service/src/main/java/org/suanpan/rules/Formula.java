package org.suanpan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed 审核公式: two sums compared. {@code everyTable} marks a formula written for 各表 (each table in turn
 * as the default table).
 */
public record Formula(String defaultTable, boolean everyTable, List<Signed> left, Comparison comparison, List<Signed> right) {

    public Stream<Term> terms() {
        return Stream.concat(left.stream(), right.stream()).map(Signed::term);
    }

    /** The term carrying the row quantifier (各行, 各类行, …), if any. */
    public Term.CellTerm rowQuantified() {
        return terms().filter(t -> t instanceof Term.CellTerm c && c.row() instanceof RowSelector.Each)
            .map(t -> (Term.CellTerm) t).findFirst().orElse(null);
    }

    /** The term carrying 各栏, if any. */
    public Term.CellTerm columnQuantified() {
        return terms().filter(t -> t instanceof Term.CellTerm c && c.eachColumn())
            .map(t -> (Term.CellTerm) t).findFirst().orElse(null);
    }

    /** Every table the formula reads (null stands for the table of a 各表 formula). */
    public List<String> tables() {
        List<String> out = new ArrayList<>();
        terms().forEach(t -> {
            String table = t instanceof Term.CellTerm c ? c.table() : t instanceof Term.Sum s ? s.table() : null;
            if (table != null && !out.contains(table)) {
                out.add(table);
            }
        });
        return out;
    }
}
