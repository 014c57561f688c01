package org.suanpan.check;

import org.suanpan.recognise.AmountCell;
import org.suanpan.rules.Comparison;
import org.suanpan.rules.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One rule applied at one place: the cells on each side with their signs, the two totals, the difference and the
 * tolerance that rounding allows. A relation is broken when the difference goes beyond the tolerance.
 */
public final class Relation {
    private final Rule rule;
    private final String where;
    private final List<Operand> left;
    private final List<Operand> right;
    private final BigDecimal leftValue;
    private final BigDecimal rightValue;
    private final BigDecimal tolerance;

    Relation(Rule rule, String where, List<Operand> left, BigDecimal leftConstant, List<Operand> right, BigDecimal rightConstant) {
        this.rule = rule;
        this.where = where;
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        this.leftValue = sum(left).add(leftConstant);
        this.rightValue = sum(right).add(rightConstant);
        this.tolerance = Tolerance.of(left.size() + right.size());
    }

    private static BigDecimal sum(List<Operand> operands) {
        BigDecimal s = BigDecimal.ZERO;
        for (Operand o : operands) {
            s = s.add(o.signedValue());
        }
        return s;
    }

    public Rule rule() {
        return rule;
    }

    /** The row (and column) the relation was applied at, as a person names it: “2101550 事业运行 1栏”. */
    public String where() {
        return where;
    }

    public List<Operand> left() {
        return left;
    }

    public List<Operand> right() {
        return right;
    }

    public BigDecimal leftValue() {
        return leftValue;
    }

    public BigDecimal rightValue() {
        return rightValue;
    }

    public BigDecimal difference() {
        return leftValue.subtract(rightValue);
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    public boolean broken() {
        BigDecimal d = difference();
        return switch (rule.formula().comparison()) {
            case EQUAL -> d.abs().compareTo(tolerance) > 0;
            case AT_MOST -> d.compareTo(tolerance) > 0;
            case AT_LEAST -> d.negate().compareTo(tolerance) > 0;
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
        Set<AmountCell> out = new LinkedHashSet<>();
        for (Operand o : operands()) {
            out.add(o.cell());
        }
        return List.copyOf(out);
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
        BigDecimal d = difference().add(delta.multiply(BigDecimal.valueOf(weightOf(cell))));
        return switch (rule.formula().comparison()) {
            case EQUAL -> d.abs().compareTo(tolerance) <= 0;
            case AT_MOST -> d.compareTo(tolerance) <= 0;
            case AT_LEAST -> d.negate().compareTo(tolerance) <= 0;
        };
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
        return rule.code() + " " + where + ": " + expression() + " [" + leftValue + " vs " + rightValue + "]";
    }
}
