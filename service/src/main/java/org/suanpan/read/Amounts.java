package org.suanpan.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads amounts the way real exports write them: numbers or text, thousands separators, stray spaces
 * ("544. 99"), full-width digits, dashes for zero, accounting brackets for negatives, and binary float noise
 * (9.300000000000001) that no one typed.
 */
public final class Amounts {
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BRACKETED = Pattern.compile("\\((\\d+\\.?\\d*)\\)");
    private static final Pattern DASHES = Pattern.compile("[-—–―─－~/\\\\]+");
    private static final int NOISE_SCALE = 6;

    private Amounts() {
    }

    public static Amount of(Cell cell) {
        if (cell == null) {
            return Amount.BLANK;
        }
        return switch (cell.kind()) {
            case BLANK -> Amount.BLANK;
            case NUMBER -> number(cell.text());
            case TEXT -> parse(cell.text());
            case BOOLEAN, ERROR -> new Amount(BigDecimal.ZERO, Amount.Status.UNREADABLE, cell.text());
        };
    }

    private static Amount number(String text) {
        try {
            return new Amount(clean(new BigDecimal(text)), Amount.Status.NUMBER, text);
        } catch (NumberFormatException e) {
            return parse(text);
        }
    }

    public static Amount parse(String raw) {
        if (raw == null) {
            return Amount.BLANK;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u00A0\\u3000,]", "");
        if (s.isEmpty()) {
            return Amount.BLANK;
        }
        if (s.endsWith("万元")) {
            s = s.substring(0, s.length() - 2);
        }
        s = s.replace("−", "-").replace("¥", "").replace("￥", "");
        if (PLAIN.matcher(s).matches()) {
            return new Amount(clean(new BigDecimal(s)), Amount.Status.NUMBER, raw);
        }
        var bracket = BRACKETED.matcher(s);
        if (bracket.matches()) {
            return new Amount(clean(new BigDecimal(bracket.group(1)).negate()), Amount.Status.NUMBER, raw);
        }
        if (DASHES.matcher(s).matches()) {
            return new Amount(BigDecimal.ZERO, Amount.Status.DASH, raw);
        }
        if (isNote(s)) {
            return new Amount(BigDecimal.ZERO, Amount.Status.NOTE, raw);
        }
        return new Amount(BigDecimal.ZERO, Amount.Status.UNREADABLE, raw);
    }

    /** A sentence such as “本单位无国有资本经营预算财政拨款支出” written across the amount cells. */
    private static boolean isNote(String s) {
        if (s.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return s.contains("无") || s.contains("没有") || s.contains("不涉及") || s.contains("未发生");
    }

    /** Drops binary float noise: amounts are printed to 0.01, nobody types a sixth decimal. */
    private static BigDecimal clean(BigDecimal v) {
        BigDecimal r = v.scale() > NOISE_SCALE ? v.setScale(NOISE_SCALE, RoundingMode.HALF_UP) : v;
        r = r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
