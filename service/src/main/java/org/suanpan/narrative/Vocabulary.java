package org.suanpan.narrative;

import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.TemplateSource;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;
import org.suanpan.rules.Signed;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data that tells the narrative checker what the words of a 情况说明 mean: its sections
 * (templates/narrative/sections.txt) and the figures its phrases name (templates/narrative/vocabulary.txt).
 */
public final class Vocabulary {
    public static final String ALL = "全部";

    private final List<SectionDef> sections;
    private final List<VocabularyEntry> entries;

    private Vocabulary(List<SectionDef> sections, List<VocabularyEntry> entries) {
        this.sections = List.copyOf(sections);
        this.entries = List.copyOf(entries);
    }

    public static Vocabulary load(TemplateSource source) {
        List<SectionDef> sections = new ArrayList<>();
        for (String[] f : rows(source, "narrative/sections.txt", 2)) {
            sections.add(new SectionDef(f[0], words(f[1]), f.length > 2 ? Text.norm(f[2]) : "",
                f.length > 3 && !f[3].isBlank() ? sum("narrative/sections.txt", f[3]) : null));
        }
        List<VocabularyEntry> entries = new ArrayList<>();
        for (String[] f : rows(source, "narrative/vocabulary.txt", 3)) {
            entries.add(new VocabularyEntry(f[0], words(f[1]), sum("narrative/vocabulary.txt", f[2]),
                f.length > 3 && !f[3].isBlank() ? sum("narrative/vocabulary.txt", f[3]) : null));
        }
        return new Vocabulary(sections, entries);
    }

    private static List<String[]> rows(TemplateSource source, String file, int minFields) {
        List<String[]> out = new ArrayList<>();
        String[] lines = source.read(file).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = Arrays.stream(line.split("[|｜]", -1)).map(String::strip).toArray(String[]::new);
            if (f.length < minFields || f[0].isEmpty() || f[1].isEmpty()) {
                throw new DefinitionException("templates/" + file + " 第" + (i + 1) + "行格式不对：应写成用竖线分隔的 " + minFields + " 栏以上。");
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> words(String field) {
        return Arrays.stream(field.split("[、]")).map(Text::norm).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Signed> sum(String file, String text) {
        try {
            return FormulaParser.parseSum(text);
        } catch (RuleSyntaxException e) {
            throw new DefinitionException("templates/" + file + "：" + e.getMessage());
        }
    }

    public List<SectionDef> sections() {
        return sections;
    }

    public SectionDef section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * The section a heading opens: of those whose words it all contains, the one named first in it, then the most
     * specific. “九、财政拨款“三公”经费支出决算情况说明” names 三公 before the 支出决算情况 every section heading ends with.
     */
    public SectionDef sectionOfHeading(String heading) {
        String n = Text.norm(heading);
        SectionDef best = null;
        int bestAt = Integer.MAX_VALUE;
        for (SectionDef s : sections) {
            if (!s.keywords().stream().allMatch(n::contains)) {
                continue;
            }
            int at = s.keywords().stream().mapToInt(n::indexOf).min().orElse(Integer.MAX_VALUE);
            if (best == null || at < bestAt || at == bestAt && s.weight() > best.weight()) {
                best = s;
                bestAt = at;
            }
        }
        return best;
    }

    /**
     * The entry a phrase names in a section: the section's own entries first, then those for every section; the
     * phrase must end with one of the entry's names (the longest wins).
     */
    public VocabularyEntry lookup(String section, String phrase) {
        VocabularyEntry found = lookupExact(section, phrase);
        if (found == null && phrase.endsWith("支出") && phrase.length() > 4) {
            // “公务用车购置费支出 0 万元”: the phrase names 公务用车购置费
            found = lookupExact(section, phrase.substring(0, phrase.length() - 2));
        }
        return found;
    }

    private VocabularyEntry lookupExact(String section, String phrase) {
        VocabularyEntry own = longest(section, phrase);
        return own != null ? own : longest(ALL, phrase);
    }

    private VocabularyEntry longest(String section, String phrase) {
        VocabularyEntry best = null;
        int bestLength = 0;
        for (VocabularyEntry e : entries) {
            if (!e.section().equals(section)) {
                continue;
            }
            for (String name : e.names()) {
                if (phrase.endsWith(name) && name.length() > bestLength) {
                    best = e;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }
}
