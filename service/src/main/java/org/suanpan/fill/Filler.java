package org.suanpan.fill;

import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Operand;
import org.suanpan.check.Relation;
import org.suanpan.definition.Severity;
import org.suanpan.read.Amount;
import org.suanpan.read.Book;
import org.suanpan.read.Cell;
import org.suanpan.read.CellKind;
import org.suanpan.recognise.AmountCell;
import org.suanpan.rules.Comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the blank cells the relations determine. A relation with exactly one unknown cell (and at least one other
 * cell) fixes that cell's value; filling it may leave another relation with a single unknown, so the search repeats
 * until nothing changes — across tables too (公开01's class lines from 公开03, 公开04's column 3 from 公开05, …).
 *
 * <p>Many departments leave zeros blank, so a blank cell is either a zero or a total still to compute. A blank that
 * is a leaf — not the total of any sum, not one side of a copy between tables — is taken as the zero it stands for,
 * never solved for, which lets the totals above it be computed. Computed zeros are not written: blank
 * already says zero. Only truly blank cells are ever filled: a number, a dash or a note someone typed is never
 * replaced.
 */
public final class Filler {
    private static final int MAX_ROUNDS = 256;
    /** Two relations that determine a cell agree when their values differ by rounding alone. */
    private static final BigDecimal AGREE = new BigDecimal("0.05");

    private final Engine engine;

    public Filler(Engine engine) {
        this.engine = engine;
    }

    public FillPlan plan(Book book) {
        Book current = book;
        List<FilledCell> filled = new ArrayList<>();
        Set<AmountCell> zeros = new HashSet<>();
        CheckResult result = engine.check(current);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            org.suanpan.Cancel.check();
            Set<AmountCell> leaves = leafBlanks(result, zeros);
            Map<AmountCell, FilledCell> found = solvable(result, zeros, leaves);
            if (found.isEmpty()) {
                if (!zeros.addAll(leaves)) {
                    break;
                }
                continue;
            }
            Map<String, List<Cell>> edits = new HashMap<>();
            for (Map.Entry<AmountCell, FilledCell> e : found.entrySet()) {
                FilledCell f = e.getValue();
                if (f.value().signum() == 0) {
                    zeros.add(e.getKey());
                    continue;
                }
                edits.computeIfAbsent(f.sheet(), k -> new ArrayList<>())
                    .add(new Cell(f.row(), f.col(), CellKind.NUMBER, f.value().toPlainString(), false));
                filled.add(f);
            }
            if (!edits.isEmpty()) {
                current = current.withCells(edits);
                result = engine.check(current);
            }
        }
        return new FillPlan(List.copyOf(filled), result);
    }

    private static boolean unknown(AmountCell c, Set<AmountCell> zeros) {
        return c.amount().status() == Amount.Status.BLANK && !zeros.contains(c);
    }

    private static boolean solving(Relation r) {
        return r.rule().severity() == Severity.ERROR && r.rule().formula().comparison() == Comparison.EQUAL && r.cells().size() >= 2;
    }

    /**
     * Every unknown cell some relation determines. When several relations determine the same cell, they must agree up
     * to rounding (the first, in rule order, gives the value); when they disagree, a typed value somewhere is wrong
     * and the cell is left blank for a person to decide.
     */
    private static Map<AmountCell, FilledCell> solvable(CheckResult result, Set<AmountCell> zeros, Set<AmountCell> leaves) {
        Map<AmountCell, FilledCell> out = new LinkedHashMap<>();
        Set<AmountCell> disputed = new HashSet<>();
        for (Relation r : result.relations()) {
            if (!solving(r)) {
                continue;
            }
            Operand only = null;
            int unknowns = 0;
            for (Operand o : r.operands()) {
                if (unknown(o.cell(), zeros) && (only == null || !only.cell().equals(o.cell()))) {
                    unknowns++;
                    only = o;
                }
            }
            if (unknowns != 1) {
                continue;
            }
            AmountCell cell = only.cell();
            if (leaves.contains(cell)) {
                // A blank leaf is a zero the department left blank, never a remainder: solving a sum for it would
                // pour a typing mistake elsewhere (1148.87 for 1148.77) into the blank as 0.10.
                continue;
            }
            int weight = r.weightOf(cell);
            if (Math.abs(weight) != 1) {
                continue;
            }
            BigDecimal value = r.difference().negate().multiply(BigDecimal.valueOf(weight)).setScale(2, RoundingMode.HALF_UP);
            FilledCell earlier = out.get(cell);
            if (value.signum() < 0) {
                // No amount of these tables is negative: a negative remainder is a typing mistake showing through.
                disputed.add(cell);
            } else if (earlier == null) {
                out.put(cell, new FilledCell(only.table(), cell.sheet(), cell.row(), cell.col(), value, r.rule().code(), r.rule().text()));
            } else if (earlier.value().subtract(value).abs().compareTo(AGREE) > 0) {
                disputed.add(cell);
            }
        }
        out.keySet().removeAll(disputed);
        return out;
    }

    private static boolean copiesBetweenTables(Relation r) {
        List<Operand> ops = r.operands();
        return !ops.get(0).table().equals(ops.get(ops.size() - 1).table());
    }

    /** Unknown cells that are leaves: no sum has them as its total, no copy between two tables has them on a side. */
    private static Set<AmountCell> leafBlanks(CheckResult result, Set<AmountCell> zeros) {
        Set<AmountCell> notLeaves = new HashSet<>();
        Set<AmountCell> candidates = new HashSet<>();
        for (Relation r : result.relations()) {
            if (!solving(r)) {
                continue;
            }
            if (r.cells().size() == 2 && copiesBetweenTables(r)) {
                notLeaves.addAll(r.cells());
            } else if (!r.left().isEmpty()) {
                notLeaves.add(r.left().get(0).cell());
            }
            for (AmountCell c : r.cells()) {
                if (unknown(c, zeros)) {
                    candidates.add(c);
                }
            }
        }
        candidates.removeAll(notLeaves);
        return candidates;
    }
}
