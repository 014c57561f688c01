package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.narrative.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

/**
 * Words of the template left in the text: placeholders (XX), places left to fill (【请填写】) and alternatives not
 * chosen (增加（减少）). Every paragraph of the publication is read; where two listed words overlap the longer one is
 * reported once.
 */
final class Leftovers implements Check {
    @Override
    public Set<String> parameters() {
        return Set.of("词", "除非其后为");
    }

    @Override
    public String validate(ChecklistItem item, Vocabulary vocabulary) {
        return item.list("词").isEmpty() ? "检查“" + item.kind() + "”要用参数“词=…”列出要找的词。" : null;
    }

    @Override
    public List<Finding> run(ChecklistItem item, Publication p) {
        List<String> words = item.list("词").stream().map(w -> Words.of(0, w).text).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> unless = item.list("除非其后为").stream().map(w -> Words.of(0, w).text).toList();
        List<Finding> out = new ArrayList<>();
        for (Words w : p.allText()) {
            boolean[] taken = new boolean[w.text.length() + 1];
            Map<Integer, List<String>> bySentence = new TreeMap<>();
            for (String word : words) {
                for (int at = w.text.indexOf(word); at >= 0; at = w.text.indexOf(word, at + 1)) {
                    int end = at + word.length();
                    while (end < w.text.length() && w.text.startsWith(word.substring(word.length() - 1), end) && word.length() <= 2) {
                        end++;
                    }
                    int after = end;
                    if (taken[at] || unless.stream().anyMatch(u -> w.text.startsWith(u, after))) {
                        continue;
                    }
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                    bySentence.computeIfAbsent(w.sentenceStart(at), k -> new ArrayList<>()).add(w.quote(at, end));
                }
            }
            // one finding per sentence: “主要原因是：【请填写】” three times over is one place to fill
            bySentence.forEach((start, found) -> out.add(Findings.text(item, w, w.quote(start, w.sentenceEnd(start)),
                message(item, found.get(0)) + (found.size() > 1 ? "这句共 " + found.size() + " 处。" : ""), null, null)));
        }
        return out;
    }

    private static String message(ChecklistItem item, String word) {
        return switch (item.kind()) {
            case "待填写" -> "“" + word + "”处待填写：公开前请填上实际内容。";
            case "选择词残留" -> "“" + word + "”是模板中供选择的说法：请按实际只留一个（如增加就写“增加”，减少就写“减少”）。";
            default -> "“" + word + "”是模板中的占位符，没有换成实际的数或文字。请填上实际内容。";
        };
    }
}
