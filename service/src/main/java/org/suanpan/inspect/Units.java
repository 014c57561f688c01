package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One unit throughout. The tables all print the same 金额单位; an amount of the 情况说明 written in 元 is reported
 * when it is a figure the publication gives in 万元 (“3.58元” for 3.58 万元, an error) or that figure converted to
 * 元 (a warning: the text mixes units). Other amounts in 元 (a standard per person) are not judged.
 */
final class Units implements Check {
    private static final Pattern TABLE_UNIT = Pattern.compile("单位[:：]\\s*(万元|元|千元|亿元)");
    private static final Pattern YUAN = Pattern.compile(Stated.NUMBER + "元");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10000);

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        Set<BigDecimal> known = new HashSet<>();
        if (p.tables() != null) {
            Map<RecognisedTable, String> units = new HashMap<>();
            Map<String, Integer> votes = new HashMap<>();
            for (RecognisedTable t : p.tables().tables().values()) {
                for (TableNotes.Note n : TableNotes.head(p.tables(), t, 5)) {
                    if (n.row() > t.titleRow() + 4) {
                        break;
                    }
                    Matcher m = TABLE_UNIT.matcher(n.text());
                    if (m.find()) {
                        units.put(t, m.group(1));
                        votes.merge(m.group(1), 1, Integer::sum);
                        break;
                    }
                }
                for (AmountCell c : t.cells()) {
                    if (!c.empty() && c.value().signum() != 0) {
                        known.add(c.value().stripTrailingZeros());
                    }
                }
            }
            String usual = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            units.forEach((t, u) -> {
                if (!u.equals(usual)) {
                    out.add(Findings.table(item, t, null, t.titleText(), t.id() + " 的金额单位是“" + u + "”，其他表是“" + usual + "”。请统一金额单位。"));
                }
            });
        }
        for (Publication.Part part : p.parts()) {
            Matcher m = Stated.AMOUNT.matcher(part.words().text);
            while (m.find()) {
                known.add(new BigDecimal(m.group(1)).stripTrailingZeros());
            }
        }
        for (Publication.Part part : p.parts()) {
            Words w = part.words();
            Matcher m = YUAN.matcher(w.text);
            while (m.find()) {
                if (m.start() > 0 && (Character.isDigit(w.text.charAt(m.start() - 1)) || w.text.charAt(m.start() - 1) == '.')) {
                    continue;
                }
                BigDecimal v = new BigDecimal(m.group(1));
                if (v.signum() == 0) {
                    continue;
                }
                String before = w.text.substring(Math.max(0, m.start() - 6), m.start());
                if (before.matches(".*(每|人均|标准|/|元/).*")) {
                    continue; // a rate (“每人每月 300 元”), not a figure of the tables
                }
                String quote = w.quote(m.start(), m.end());
                if (v.scale() > 0 && known.contains(v.stripTrailingZeros())) {
                    out.add(Findings.text(item, w, quote, "“" + quote + "”的单位写成了“元”，这个数在公开中是 " + v.toPlainString() + " 万元。请改为“"
                        + v.toPlainString() + "万元”。", v, v));
                } else if (known.contains(v.divide(TEN_THOUSAND).stripTrailingZeros()) && v.compareTo(TEN_THOUSAND) >= 0) {
                    BigDecimal wan = v.divide(TEN_THOUSAND).stripTrailingZeros();
                    out.add(Findings.text(item, w, quote, "“" + quote + "”用的是“元”，全文和表中的金额单位是万元（" + wan.toPlainString()
                        + " 万元）。请统一写成万元。", v, wan));
                }
            }
        }
        return out;
    }
}
