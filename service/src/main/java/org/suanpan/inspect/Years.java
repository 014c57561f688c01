package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.recognise.RecognisedTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One year throughout: every table's title names the year most titles name, and the 情况说明 speaks of that year
 * and the one before (“与 2022 年度相比” in a 2023 text) — never of another 年度 where it dates an amount.
 */
final class Years implements Check {
    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern TEXT_YEAR = Pattern.compile("(20\\d{2})年度");
    private static final Pattern COMPARED = Pattern.compile("(?:与|比|较)(20\\d{2})年度?(?:决算数?)?(?:相比|增加|减少|增长|下降|有所)");

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        Integer year = p.year();
        List<Finding> out = new ArrayList<>();
        if (year == null) {
            return out;
        }
        if (p.tables() != null) {
            for (RecognisedTable t : p.tables().tables().values()) {
                Matcher m = TITLE_YEAR.matcher(t.titleText());
                if (m.find() && Integer.parseInt(m.group(1)) != year) {
                    out.add(Findings.table(item, t, null, t.titleText(), t.id() + " 的标题写的是 " + m.group(1) + " 年（“" + t.titleText()
                        + "”），其他表是 " + year + " 年。请改正标题中的年度。"));
                }
            }
        }
        for (Publication.Part part : p.parts()) {
            Words w = part.words();
            Matcher c = COMPARED.matcher(w.text);
            List<Integer> compared = new ArrayList<>();
            while (c.find()) {
                int y = Integer.parseInt(c.group(1));
                compared.add(c.start(1));
                if (y != year - 1) {
                    out.add(Findings.text(item, w, w.quote(c.start(), c.end()), "本次是 " + year + " 年度决算，与上年比较应写“与 " + (year - 1)
                        + " 年度相比”，这里写的是 " + y + " 年度。请改正年度。", null, null));
                }
            }
            Matcher m = TEXT_YEAR.matcher(w.text);
            while (m.find()) {
                int y = Integer.parseInt(m.group(1));
                // only where the year dates figures: “为2024年度预算安排提供参考” in 绩效 looks ahead, rightly
                int from = w.sentenceStart(m.start());
                boolean dated = w.text.substring(from, w.sentenceEnd(m.start())).contains("万元");
                if (y != year && y != year - 1 && dated && !compared.contains(m.start(1))) {
                    out.add(Findings.text(item, w, w.quote(w.sentenceStart(m.start()), Math.min(w.text.length(), m.end() + 12)),
                        "情况说明写的是 " + y + " 年度，本次公开的是 " + year + " 年度决算" + (p.hasTables() ? "（各表标题）" : "") + "。请改正年度。", null, null));
                }
            }
        }
        return out;
    }
}
