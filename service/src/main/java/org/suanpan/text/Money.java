package org.suanpan.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Prints amounts the way the tables do: thousands separators and two decimals (more only if the cell has more). */
public final class Money {
    private Money() {
    }

    public static String format(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        }
        DecimalFormat f = new DecimalFormat("#,##0." + "0".repeat(s.scale()), DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(s);
    }

    /** Plain decimal for machine output: no exponent, at least two decimals. */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 2 ? s.setScale(2, RoundingMode.UNNECESSARY) : s;
    }
}
