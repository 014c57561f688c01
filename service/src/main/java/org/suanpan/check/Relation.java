package org.suanpan.check;

import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.TableRow;
import org.suanpan.rules.Comparison;
import org.suanpan.rules.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule applied at one place: the cells on each side with their signs, the two totals, the difference and the
 * tolerance that rounding allows. A relation is broken when the difference goes beyond the tolerance.
 */
public final class Relation {
    private final Rule rule;
    private final TableRow boundRow;
    private final String boundClass;
    private final Integer boundColumn;
    private final List<Operand> left;
    private final List<Operand> right;
    private final BigDecimal leftValue;
    private final BigDecimal rightValue;
    private final BigDecimal tolerance;
    private final BigDecimal difference;
    private final boolean broken;
    private List<AmountCell> cells;

    Relation(Rule rule, TableRow boundRow, String boundClass, Integer boundColumn, List<Operand> left, BigDecimal leftConstant,
             List<Operand> right, BigDecimal rightConstant, BigDecimal halfStep) {
        this.rule = rule;
        this.boundRow = boundRow;
        this.boundClass = boundClass;
        this.boundColumn = boundColumn;
        // the expander hands over lists of its own and never touches them again: wrapped only when someone asks
        this.left = left;
        this.right = right;
        this.leftValue = plus(sum(left), leftConstant);
        this.rightValue = plus(sum(right), rightConstant);
        this.tolerance = Tolerance.of(left.size() + right.size(), halfStep);
        this.difference = rightValue.signum() == 0 ? leftValue : leftValue.subtract(rightValue);
        this.broken = !holds(difference);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? a : a.add(b);
    }

    private static BigDecimal sum(List<Operand> operands) {
        int n = operands.size();
        if (n == 1) {
            return operands.get(0).signedValue();
        }
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            s = s.add(operands.get(i).signedValue());
        }
        return s;
    }

    public Rule rule() {
        return rule;
    }

    /** The row (and column) the relation was applied at, as a person names it: “2101550 事业运行 1栏”. */
    public String where() {
        String where = boundRow != null ? boundRow.describe() : boundClass != null ? boundClass + " 类" : "";
        return boundColumn == null ? where : (where + " " + boundColumn + "栏").trim();
    }

    public List<Operand> left() {
        return Collections.unmodifiableList(left);
    }

    public List<Operand> right() {
        return Collections.unmodifiableList(right);
    }

    public BigDecimal leftValue() {
        return leftValue;
    }

    public BigDecimal rightValue() {
        return rightValue;
    }

    public BigDecimal difference() {
        return difference;
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public boolean broken() {
        return broken;
    }

    private boolean holds(BigDecimal d) {
        return switch (rule.formula().comparison()) {
            case EQUAL -> d.abs().compareTo(tolerance) <= 0;
            case AT_MOST -> d.compareTo(tolerance) <= 0;
            case AT_LEAST -> d.negate().compareTo(tolerance) <= 0;
        };
    }

    /** Holds, but only thanks to the rounding tolerance. */
    public boolean roundingOnly() {
        return !broken() && rule.formula().comparison() == Comparison.EQUAL && difference().signum() != 0;
    }

    /** The cell the finding is reported at: the first on the left side, else the first on the right. */
    public Operand anchor() {
        return !left.isEmpty() ? left.get(0) : right.get(0);
    }

    public List<Operand> operands() {
        List<Operand> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }

    /** Every cell the relation reads, anchor first, without repeats. */
    public List<AmountCell> cells() {
        if (cells == null) {
            Set<AmountCell> out = new LinkedHashSet<>();
            for (Operand o : left) {
                out.add(o.cell());
            }
            for (Operand o : right) {
                out.add(o.cell());
            }
            cells = List.copyOf(out);
        }
        return cells;
    }

    /**
     * How much the difference moves when this cell grows by one: +1 for a term on the left, −1 on the right, summed
     * when a cell stands on both sides.
     */
    public int weightOf(AmountCell cell) {
        int w = 0;
        for (Operand o : left) {
            if (o.cell().equals(cell)) {
                w += o.sign();
            }
        }
        for (Operand o : right) {
            if (o.cell().equals(cell)) {
                w -= o.sign();
            }
        }
        return w;
    }

    /** Holds after {@code cell} changes by {@code delta}? */
    public boolean holdsWith(AmountCell cell, BigDecimal delta) {
        return holds(difference.add(delta.multiply(BigDecimal.valueOf(weightOf(cell)))));
    }

    /** The formula with cell addresses in place of rows and columns: “C32 = C6+C7+…+C13”. */
    public String expression() {
        String sheet = anchor().cell().sheet();
        return side(left, sheet) + " " + rule.formula().comparison().symbol() + " " + side(right, sheet);
    }

    private String side(List<Operand> ops, String sheet) {
        if (ops.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            if (ops.size() > 8 && i >= 3 && i < ops.size() - 2) {
                if (i == 3) {
                    sb.append("+…");
                }
                continue;
            }
            Operand o = ops.get(i);
            if (i > 0 || o.sign() < 0) {
                sb.append(o.sign() < 0 ? "-" : "+");
            }
            sb.append(o.cell().sheet().equals(sheet) ? o.cell().address() : o.cell().ref());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return rule.code() + " " + where() + ": " + expression() + " [" + leftValue + " vs " + rightValue + "]";
    }
}
