package org.suanpan.report;

import org.suanpan.check.Finding;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a finding's figures are counted in: a claim of the 情况说明 about a share, a completion rate or a rate of change
 * is in per cent (69.90 %, not 69.90), everything else in 万元. Reports print the unit with the figure.
 */
public final class Units {
    public static final String PERCENT = "%";
    public static final String WAN_YUAN = "万元";

    private Units() {
    }

    public static String of(Finding f) {
        if (f.narrative() == null) {
            return WAN_YUAN;
        }
        if (f.rule().equals("N02") || f.rule().equals("N04")) {
            return PERCENT;
        }
        BigDecimal stated = f.narrative().stated();
        String quote = f.narrative().quote() == null ? "" : f.narrative().quote();
        if (stated != null) {
            String plain = stated.stripTrailingZeros().toPlainString();
            if (Pattern.compile("(?<![\\d.])" + Pattern.quote(plain) + "(?:\\.0+)?\\s*[%％]").matcher(quote).find()) {
                return PERCENT;
            }
        }
        return WAN_YUAN;
    }

    /** The figure as a report prints it: “1,148.77”, or “96.941%” for a percentage. */
    public static String format(Finding f, BigDecimal v) {
        if (v == null) {
            return "";
        }
        return PERCENT.equals(of(f)) ? v.stripTrailingZeros().toPlainString() + "%" : org.suanpan.text.Money.format(v);
    }
}
