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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the blank cells the relations determine. A relation with exactly one blank cell (and at least one other
 * cell) fixes that cell's value; filling it may leave another relation with a single blank, so the search repeats
 * until nothing changes — across tables too (公开01's class lines from 公开03, 公开04's column 3 from 公开05, …).
 * Only truly blank cells are filled: a number, a dash or a note someone typed is never replaced.
 */
public final class Filler {
    private static final int MAX_ROUNDS = 64;

    private final Engine engine;

    public Filler(Engine engine) {
        this.engine = engine;
    }

    public FillPlan plan(Book book) {
        Book current = book;
        List<FilledCell> filled = new ArrayList<>();
        CheckResult result = engine.check(current);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<AmountCell, FilledCell> found = solvable(result);
            if (found.isEmpty()) {
                break;
            }
            Map<String, List<Cell>> edits = new HashMap<>();
            for (FilledCell f : found.values()) {
                edits.computeIfAbsent(f.sheet(), k -> new ArrayList<>())
                    .add(new Cell(f.row(), f.col(), CellKind.NUMBER, f.value().toPlainString(), false));
                filled.add(f);
            }
            current = current.withCells(edits);
            result = engine.check(current);
        }
        return new FillPlan(List.copyOf(filled), result);
    }

    /** Every blank cell some relation determines; the first relation (in rule order) to determine a cell wins. */
    private static Map<AmountCell, FilledCell> solvable(CheckResult result) {
        Map<AmountCell, FilledCell> out = new LinkedHashMap<>();
        for (Relation r : result.relations()) {
            if (r.rule().severity() != Severity.ERROR || r.rule().formula().comparison() != Comparison.EQUAL) {
                continue;
            }
            Operand unknown = null;
            int blanks = 0;
            for (Operand o : r.operands()) {
                if (o.cell().amount().status() == Amount.Status.BLANK && (unknown == null || !unknown.cell().equals(o.cell()))) {
                    blanks++;
                    unknown = o;
                }
            }
            if (blanks != 1 || r.cells().size() < 2 || out.containsKey(unknown.cell())) {
                continue;
            }
            AmountCell cell = unknown.cell();
            int weight = r.weightOf(cell);
            if (Math.abs(weight) != 1) {
                continue;
            }
            BigDecimal value = r.difference().negate().multiply(BigDecimal.valueOf(weight)).setScale(2, RoundingMode.HALF_UP);
            out.put(cell, new FilledCell(unknown.table(), cell.sheet(), cell.row(), cell.col(), value, r.rule().code(), r.rule().text()));
        }
        return out;
    }
}
