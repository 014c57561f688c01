package org.suanpan.narrative;

import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.TemplateSource;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;
import org.suanpan.rules.Signed;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data that tells the narrative checker what the words of a 情况说明 mean: its sections
 * (templates/narrative/sections.txt) and the figures its phrases name (templates/narrative/vocabulary.txt).
 */
public final class Vocabulary {
    public static final String ALL = "全部";

    private final List<SectionDef> sections;
    private final List<VocabularyEntry> entries;
    private final List<String> qualifiers;
    private final List<String> carried;
    private final Map<String, List<String>> implied;
    private final boolean budget;

    private Vocabulary(List<SectionDef> sections, List<VocabularyEntry> entries, List<String> qualifiers, List<String> carried,
                       Map<String, List<String>> implied, boolean budget) {
        this.budget = budget;
        this.sections = List.copyOf(sections);
        this.entries = List.copyOf(entries);
        this.qualifiers = List.copyOf(qualifiers);
        this.carried = List.copyOf(carried);
        this.implied = Map.copyOf(implied);
    }

    /** The 决算 情况说明's: templates/narrative/sections.txt, vocabulary.txt and qualifiers.txt. */
    public static Vocabulary load(TemplateSource source) {
        return load(source, "narrative", false);
    }

    /**
     * The sections, phrases and qualifiers of one kind of 情况说明, from its folder of templates/ (narrative/budget for
     * the 部门预算). {@code budget}: every figure of the text is a budget, and an entry's second figure is last year's
     * budget (a field of the 整体支出绩效目标表), not a 预算数 against a 决算数.
     */
    static Vocabulary load(TemplateSource source, String folder, boolean budget) {
        String sectionsFile = folder + "/sections.txt";
        String vocabularyFile = folder + "/vocabulary.txt";
        String qualifiersFile = folder + "/qualifiers.txt";
        List<SectionDef> sections = new ArrayList<>();
        for (String[] f : rows(source, sectionsFile, 2)) {
            sections.add(new SectionDef(f[0], words(f[1]), f.length > 2 ? Text.norm(f[2]) : "",
                f.length > 3 && !f[3].isBlank() ? sum(sectionsFile, f[3]) : null));
        }
        List<VocabularyEntry> entries = new ArrayList<>();
        for (String[] f : rows(source, vocabularyFile, 3)) {
            entries.add(new VocabularyEntry(f[0], words(f[1]), sum(vocabularyFile, f[2]),
                f.length > 3 && !f[3].isBlank() ? sum(vocabularyFile, f[3]) : null));
        }
        for (VocabularyEntry e : entries) {
            if (!e.section().equals(ALL) && sections.stream().noneMatch(s -> s.key().equals(e.section()))) {
                throw new DefinitionException("templates/" + vocabularyFile + "：节“" + e.section() + "”不在 templates/" + sectionsFile + " 中。");
            }
        }
        List<String> qualifiers = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        Map<String, List<String>> implied = new HashMap<>();
        if (source.exists(qualifiersFile)) {
            for (String[] f : rows(source, qualifiersFile, 2)) {
                switch (f[0]) {
                    case "限定" -> qualifiers.addAll(words(f[1]));
                    case "承前" -> carried.addAll(Arrays.stream(f[1].split("(?<!收)、")).map(Text::norm).filter(x -> !x.isEmpty()).toList());
                    default -> implied.put(f[0], words(f[1]));
                }
            }
        }
        return new Vocabulary(sections, entries, qualifiers, carried, implied, budget);
    }

    /** Whether this is the vocabulary of a 部门预算 情况说明: its figures are budgets, its entries' second figure last year's. */
    public boolean budget() {
        return budget;
    }

    /** Words that, written before a phrase of the vocabulary, make it another figure (“一般公共预算”财政拨款收入). */
    public List<String> qualifiers() {
        return qualifiers;
    }

    /** Phrases that take the qualifier of the figure before them in the same sentence (“…，支出总计 80 万元”). */
    public List<String> carried() {
        return carried;
    }

    /** The qualifiers in {@code words} that the section does not already imply. */
    List<String> qualifiersIn(String section, String words) {
        List<String> own = implied.getOrDefault(section, List.of());
        List<String> found = new ArrayList<>();
        String rest = words;
        // longest first: the 预算 inside 一般公共预算 is not a qualifier of its own
        for (String q : qualifiers.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            if (rest.contains(q)) {
                found.add(q);
                rest = rest.replace(q, "|");
            }
        }
        return found.stream().filter(q -> !own.contains(q)).toList();
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
        VocabularyEntry own = longest(section, phrase, section);
        return own != null ? own : longest(ALL, phrase, section);
    }

    /** Whether the words before a name qualify it into another figure: a qualifier the name and the section lack. */
    private boolean qualified(String section, String before, String name) {
        return qualifiersIn(section, before).stream().anyMatch(q -> !name.contains(q));
    }

    private VocabularyEntry longest(String section, String phrase, String context) {
        VocabularyEntry best = null;
        int bestLength = 0;
        for (VocabularyEntry e : entries) {
            if (!e.section().equals(section)) {
                continue;
            }
            for (String name : e.names()) {
                if (phrase.endsWith(name) && name.length() > bestLength && !qualified(context, phrase.substring(0, phrase.length() - name.length()), name)) {
                    best = e;
                    bestLength = name.length();
                }
            }
        }
        return best;
    }
}
