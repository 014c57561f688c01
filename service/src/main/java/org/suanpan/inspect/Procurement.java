package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 政府采购 figures of the text — wherever the outline puts them, read by their own words — fit together: the total is 货物 + 工程 + 服务; with {@code smallFirms}, the
 * contracts awarded to 中小企业 are no more than the total and their printed share follows from the two amounts
 * (each amount read as the interval its printed decimals allow).
 */
final class Procurement implements Check {
    private static final Pattern TOTAL = Pattern.compile("政府采购支出总额(?:为)?" + Stated.NUMBER + "万元");
    private static final Pattern GOODS = Pattern.compile("货物支出(?:为)?" + Stated.NUMBER + "万元");
    private static final Pattern WORKS = Pattern.compile("工程支出(?:为)?" + Stated.NUMBER + "万元");
    private static final Pattern SERVICES = Pattern.compile("服务支出(?:为)?" + Stated.NUMBER + "万元");
    private static final Pattern SME = Pattern.compile("授予中小企业合同金额(?:为)?" + Stated.NUMBER + "万元[,;]?占政府采购支出总额的" + Stated.NUMBER + "%");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final boolean smallFirms;

    Procurement(boolean smallFirms) {
        this.smallFirms = smallFirms;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        for (Words w : p.allText()) {
            Matcher t = TOTAL.matcher(w.text);
            if (!t.find()) {
                continue;
            }
            BigDecimal total = new BigDecimal(t.group(1));
            if (!smallFirms) {
                BigDecimal g = find(GOODS, w.text, t.end());
                BigDecimal e = find(WORKS, w.text, t.end());
                BigDecimal s = find(SERVICES, w.text, t.end());
                if (g == null || e == null || s == null) {
                    continue;
                }
                BigDecimal sum = g.add(e).add(s);
                if (total.subtract(sum).abs().compareTo(HALF_CENT.multiply(BigDecimal.valueOf(4))) > 0) {
                    out.add(Findings.text(item, w, w.quote(t.start(), t.end()), "政府采购支出总额 " + Money.format(total) + " 万元，货物 "
                        + Money.format(g) + "、工程 " + Money.format(e) + "、服务 " + Money.format(s) + " 万元合计 " + Money.format(sum)
                        + " 万元，相差 " + Money.format(total.subtract(sum)) + " 万元。请核对后改正。", total, sum));
                }
                continue;
            }
            Matcher m = SME.matcher(w.text);
            if (!m.find()) {
                continue;
            }
            BigDecimal sme = new BigDecimal(m.group(1));
            BigDecimal share = new BigDecimal(m.group(2));
            String quote = w.quote(m.start(), m.end());
            if (sme.compareTo(total.add(HALF_CENT.multiply(BigDecimal.valueOf(2)))) > 0) {
                out.add(Findings.text(item, w, quote, "授予中小企业合同金额 " + Money.format(sme) + " 万元超过政府采购支出总额 " + Money.format(total)
                    + " 万元。请核对后改正。", sme, total));
            } else if (total.signum() > 0 && !fits(sme, total, share)) {
                BigDecimal computed = sme.multiply(HUNDRED).divide(total, MathContext.DECIMAL64).setScale(Math.max(share.scale(), 1), java.math.RoundingMode.HALF_UP);
                out.add(Findings.text(item, w, quote, "授予中小企业合同金额占政府采购支出总额的比例应为 " + computed.toPlainString() + "%（"
                    + Money.format(sme) + " ÷ " + Money.format(total) + "），这里写的是 " + share.toPlainString() + "%。请改正。", share, computed));
            }
        }
        return out;
    }

    private static BigDecimal find(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        return m.find(from) ? new BigDecimal(m.group(1)) : null;
    }

    /** Whether a share printed at its decimals can come from two amounts printed at theirs. */
    static boolean fits(BigDecimal part, BigDecimal whole, BigDecimal share) {
        BigDecimal pu = half(part);
        BigDecimal wu = half(whole);
        BigDecimal lo = part.subtract(pu).max(BigDecimal.ZERO).multiply(HUNDRED).divide(whole.add(wu), MathContext.DECIMAL64);
        BigDecimal hi = whole.subtract(wu).signum() <= 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
            : part.add(pu).multiply(HUNDRED).divide(whole.subtract(wu), MathContext.DECIMAL64);
        BigDecimal su = half(share);
        return share.add(su).compareTo(lo) >= 0 && share.subtract(su).compareTo(hi) <= 0;
    }

    private static BigDecimal half(BigDecimal v) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, v.scale())).divide(BigDecimal.valueOf(2));
    }
}
