package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.SectionDef;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.text.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table with no amounts must say so — in its section of the 情况说明 or under the table (“本部门无…，故本表为空表”);
 * with {@code contradiction}, the opposite: a statement that the department has none of what a table shows, while
 * the table has amounts, or a statement in a table's section or note that speaks of another table's subject.
 * Without the 情况说明 an empty table is not judged: the statement may stand there.
 */
final class EmptyTables implements Check {
    private final boolean contradiction;

    EmptyTables(boolean contradiction) {
        this.contradiction = contradiction;
    }

    @Override
    public Set<String> parameters() {
        return Set.of("表", "说法");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        if (item.list("表").isEmpty() || item.list("说法").isEmpty()) {
            return "检查“" + item.kind() + "”要用参数“表=公开07/政府性基金/政府性基金、…”（表/情况说明中的节/说明中指这张表内容的词）和“说法=无、没有、…”。";
        }
        for (String entry : item.list("表")) {
            String[] f = entry.split("/");
            if (f.length != 3 || vocabulary.section(f[1].strip()) == null || f[2].isBlank()) {
                return "“" + entry + "”应写成“表/节/词”，节是 templates/narrative/sections.txt 中的一节，如“公开07/政府性基金/政府性基金”。";
            }
        }
        return null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<Finding> out = new ArrayList<>();
        List<String> words = item.list("说法");
        List<String[]> entries = item.list("表").stream().map(e -> e.split("/")).toList();
        for (String[] e : entries) {
            RecognisedTable t = p.table(e[0].strip()).orElse(null);
            if (t == null) {
                continue;
            }
            SectionDef section = p.vocabulary().section(e[1].strip());
            String subject = Words.of(0, e[2]).text;
            boolean empty = t.cells().stream().allMatch(c -> c.empty() || c.value().signum() == 0);
            List<TableNotes.Note> notes = TableNotes.of(p.tables(), t);
            List<Words> text = p.section(section.key());
            if (!contradiction && empty && p.hasText()) {
                boolean stated = notes.stream().anyMatch(n -> says(n.text(), words) && (n.text().contains(subject) || n.text().contains("空表")
                    || n.text().contains("本表") || n.text().contains("本部门") || n.text().contains("本单位")))
                    || text.stream().anyMatch(w -> says(w.text, words))
                    // outlines differ: “本部门无政府性基金……” may stand in a section Suanpan does not place
                    || p.parts().stream().anyMatch(part -> noneOf(part.words().text, words, subject) >= 0
                        || part.words().text.contains("空表") && part.words().text.contains(subject));
                if (!stated) {
                    out.add(Findings.table(item, t, null, t.def().title(),
                        t.id() + "（" + t.def().title() + "）没有数，情况说明“" + subject + "”一节和表下都没有说明。请写明“本部门无"
                            + subject + "……，故本表为空表”。"));
                }
            }
            if (contradiction && !empty) {
                BigDecimal total = total(t);
                for (Words w : text) {
                    int at = noneOf(w.text, words, subject);
                    if (at >= 0) {
                        out.add(Findings.text(item, w, w.quote(w.sentenceStart(at), w.sentenceEnd(at)),
                            "这里说没有" + subject + "，但" + t.id() + "（" + t.def().title() + "）有数" + (total == null ? "" : "（" + Money.format(total)
                                + " 万元）") + "。请核对后改正说明或表。", null, total));
                    }
                }
                for (TableNotes.Note n : notes) {
                    if (noneOf(n.text(), words, subject) >= 0 || n.text().contains("为空表")) {
                        out.add(Findings.note(item, t, n.row(), n.col(), "表下说明本表没有数（“" + n.text() + "”），但" + t.id() + "有数"
                            + (total == null ? "" : "（" + Money.format(total) + " 万元）") + "。请删去或改正这句说明。"));
                    }
                }
            }
            if (contradiction) {
                for (String[] other : entries) {
                    SectionDef os = p.vocabulary().section(other[1].strip());
                    String otherSubject = Words.of(0, other[2]).text;
                    if (os == section || subject.contains(otherSubject) || otherSubject.contains(subject)) {
                        continue;
                    }
                    for (Words w : text) {
                        int at = noneOf(w.text, words, otherSubject);
                        if (at >= 0 && !w.text.contains(subject)) {
                            out.add(Findings.text(item, w, w.quote(w.sentenceStart(at), w.sentenceEnd(at)), "这一节说明的是" + t.id() + "（" + t.def().title()
                                + "），这里却说没有“" + otherSubject + "”，与本节不符。请改为说明本节的内容（如“本部门无" + subject + "……”）。", null, null));
                        }
                    }
                    for (TableNotes.Note n : notes) {
                        if (noneOf(n.text(), words, otherSubject) >= 0 && !n.text().contains(subject)) {
                            out.add(Findings.note(item, t, n.row(), n.col(), t.id() + "（" + t.def().title() + "）下的说明讲的是“" + otherSubject
                                + "”（“" + n.text() + "”），与本表不符。请改为说明本表的内容。"));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean says(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }

    /** Where the text says the department has none of the subject (“无政府性基金预算财政拨款支出”), or -1. */
    private static int noneOf(String text, List<String> words, String subject) {
        for (int at = text.indexOf(subject); at >= 0; at = text.indexOf(subject, at + 1)) {
            int from = Math.max(0, at - 12);
            String before = text.substring(from, at);
            int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf('，')), Math.max(before.lastIndexOf('。'), before.lastIndexOf(';')));
            String clause = before.substring(cut + 1);
            for (String w : words) {
                if (!w.equals("空表") && clause.contains(w)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static BigDecimal total(RecognisedTable t) {
        AmountCell c = t.total().or(t::single).flatMap(r -> r.cells().values().stream().filter(x -> !x.empty() && x.value().signum() != 0).findFirst())
            .orElse(null);
        return c == null ? null : c.value();
    }
}
