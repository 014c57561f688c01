package org.suanpan.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prints amounts the way the tables do: thousands separators and two decimals (more only if the cell has more). */
public final class Money {
    private Money() {
    }

    public static String format(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2, RoundingMode.UNNECESSARY);
        }
        String plain = s.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (negative) {
            sb.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        if (dot >= 0) {
            sb.append(digits, dot, digits.length());
        }
        return sb.toString();
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
