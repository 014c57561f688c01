package org.suanpan.narrative;

import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.TemplateSource;
import org.suanpan.recognise.Recognition;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of 情况说明 (templates/narrative/kinds.txt) — the 部门决算's and the 部门预算's — each with its own sections
 * and vocabulary, and which kind a text is: by the edition of its workbook when one was recognised (预算2023 is a
 * budget), else by its title (a short line ending “…2023 年部门预算” or “…预算情况说明”). The first kind is the default: a text that names no
 * kind is checked as it always was.
 */
public final class NarrativeKinds {
    static final String FILE = "narrative/kinds.txt";
    /** The kind whose figures are all budgets (kinds.txt says so of it). */
    static final String BUDGET = "预算";
    /** A title is a short line: a sentence that mentions the 部门预算 in passing does not make the text a budget. */
    private static final int TITLE_LENGTH = 60;

    /** One kind: its name, the edition ids it goes with (by their start), the title words that tell it, its checker. */
    record Kind(String name, List<String> editions, List<String> titleWords, Vocabulary vocabulary, NarrativeChecker checker) {
    }

    private final List<Kind> kinds;

    private NarrativeKinds(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The kinds of kinds.txt; without that file, the 决算 vocabulary alone. */
    public static NarrativeKinds load(TemplateSource source, Vocabulary defaultVocabulary) {
        List<Kind> out = new ArrayList<>();
        if (!source.exists(FILE)) {
            return new NarrativeKinds(List.of(new Kind("决算", List.of(), List.of(), defaultVocabulary, new NarrativeChecker(defaultVocabulary))));
        }
        String[] lines = source.read(FILE).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(line.split("[|｜]", -1)).map(String::strip).toArray(String[]::new);
            if (f.length != 4 || f[0].isEmpty() || f[3].isEmpty()) {
                throw new DefinitionException("templates/" + FILE + " 第" + (i + 1) + "行格式不对：应写成“种类 | 版本号开头 | 标题中的词 | 文件夹”四栏。");
            }
            boolean first = out.isEmpty();
            Vocabulary v = first && f[3].equals("narrative") ? defaultVocabulary : Vocabulary.load(source, f[3], f[0].equals(BUDGET));
            out.add(new Kind(f[0], words(f[1]), words(f[2]), v, new NarrativeChecker(v)));
        }
        if (out.isEmpty()) {
            throw new DefinitionException("templates/" + FILE + " 中没有任何种类。");
        }
        return new NarrativeKinds(out);
    }

    private static List<String> words(String field) {
        return Arrays.stream(field.split("、")).map(Text::norm).filter(s -> !s.isEmpty()).toList();
    }

    /** The text checked by the checker of its kind. */
    public NarrativeChecker.Result check(List<Paragraph> paragraphs, Recognition current, Recognition prior) {
        return of(paragraphs, current).checker().check(paragraphs, current, prior);
    }

    /** The kind of a text: by the workbook's edition when there is one, else by the text's title, else the first. */
    Kind of(List<Paragraph> paragraphs, Recognition current) {
        if (current != null && current.edition() != null) {
            String edition = current.edition().id();
            for (Kind k : kinds) {
                if (k.editions().stream().anyMatch(edition::startsWith)) {
                    return k;
                }
            }
            return kinds.get(0);
        }
        for (Paragraph p : paragraphs) {
            String n = Outline.plain(p.text());
            if (n.length() > TITLE_LENGTH || n.contains("。") || n.contains("决算")) {
                continue;
            }
            for (Kind k : kinds.subList(1, kinds.size())) {
                // a title ends with its kind (“…2023 年部门预算”, “…部门预算情况说明”); “2023 年部门预算执行情况” is a 决算's item
                if (k.titleWords().stream().anyMatch(n::endsWith)) {
                    return k;
                }
            }
        }
        return kinds.get(0);
    }

    /** The vocabulary a text is read with. */
    public Vocabulary vocabulary(List<Paragraph> paragraphs, Recognition current) {
        return of(paragraphs, current).vocabulary();
    }
}
