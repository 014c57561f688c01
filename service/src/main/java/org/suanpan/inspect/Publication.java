package org.suanpan.inspect;

import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.narrative.Outline;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;
import org.suanpan.rules.RuleSyntaxException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a 公开检查 looks at: the tables as recognised (or none) and the 情况说明 as read (or none) — every paragraph,
 * and those of 第三部分 placed in their sections by the narrative outline.
 */
final class Publication {
    /** A paragraph of the 情况说明 (第三部分) with the key of its section (sections.txt), null before the first. */
    record Part(String section, boolean heading, Words words) {
    }

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度");
    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");

    private final List<Words> all = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final Recognition tables;
    private final Recognition prior;
    private final Vocabulary vocabulary;
    private Quantities quantities;
    private Quantities priorQuantities;
    private final Map<Object, Object> memo = new HashMap<>();

    Publication(List<Paragraph> paragraphs, Recognition tables, Recognition prior, Vocabulary vocabulary) {
        this.tables = tables;
        this.prior = prior;
        this.vocabulary = vocabulary;
        List<Paragraph> clean = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            // Markdown emphasis around a heading (“**第四部分 …**”) would hide where 第三部分 ends.
            Paragraph c = new Paragraph(p.index(), p.text().replaceAll("^[*\\s]+|[*\\s]+$", ""));
            clean.add(c);
            all.add(Words.of(c.index(), c.text()));
        }
        Map<Paragraph, Words> read = new java.util.IdentityHashMap<>();
        for (int i = 0; i < clean.size(); i++) {
            read.put(clean.get(i), all.get(i));
        }
        for (Outline.Placed p : Outline.of(clean, vocabulary)) {
            Words w = read.get(p.paragraph());
            parts.add(new Part(p.section() == null ? null : p.section().key(), p.heading(), w != null ? w : Words.of(p.paragraph().index(), p.paragraph().text())));
        }
    }

    boolean hasText() {
        return !parts.isEmpty();
    }

    boolean hasTables() {
        return tables != null && !tables.tables().isEmpty();
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    Recognition tables() {
        return tables;
    }

    /** Every paragraph of the text, 第一部分 to the end. */
    List<Words> allText() {
        return all;
    }

    /** The paragraphs of 第三部分 情况说明 in order. */
    List<Part> parts() {
        return parts;
    }

    /** The paragraphs (not headings) of one section, in order. */
    List<Words> section(String key) {
        List<Words> out = new ArrayList<>();
        for (Part p : parts) {
            if (key.equals(p.section()) && !p.heading()) {
                out.add(p.words());
            }
        }
        return out;
    }

    /** Sections by key in text order, each with its paragraphs (not headings). */
    Map<String, List<Words>> sections() {
        Map<String, List<Words>> out = new LinkedHashMap<>();
        for (Part p : parts) {
            if (p.section() != null && !p.heading()) {
                out.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p.words());
            }
        }
        return out;
    }

    Optional<RecognisedTable> table(String id) {
        return tables == null ? Optional.empty() : tables.table(id);
    }

    /** A figure of the tables in the rule notation (“公开06 公用经费合计”), or empty without it. */
    Optional<Quantity> figure(String ref) {
        if (tables == null) {
            return Optional.empty();
        }
        if (quantities == null) {
            quantities = new Quantities(tables);
        }
        try {
            return quantities.of(FormulaParser.parseSum(ref));
        } catch (RuleSyntaxException e) {
            return Optional.empty();
        }
    }

    /** A result several checks share (the reasons 变动原因 and 预算差异原因 both match), computed once per publication. */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, java.util.function.Supplier<T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.get());
    }

    /** Last year's figure in the rule notation, or empty without last year's workbook. */
    Optional<Quantity> priorFigure(String ref) {
        if (prior == null) {
            return Optional.empty();
        }
        if (priorQuantities == null) {
            priorQuantities = new Quantities(prior);
        }
        try {
            return priorQuantities.of(FormulaParser.parseSum(ref));
        } catch (RuleSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The year the publication is for: the year most tables' titles name, else the one the text names most. */
    Integer year() {
        Map<Integer, Integer> votes = new HashMap<>();
        if (tables != null) {
            for (RecognisedTable t : tables.tables().values()) {
                Matcher m = TITLE_YEAR.matcher(t.titleText());
                if (m.find()) {
                    votes.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
                }
            }
        }
        if (votes.isEmpty()) {
            for (Part p : parts) {
                Matcher m = YEAR.matcher(p.words().text);
                while (m.find()) {
                    votes.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey).orElse(null);
    }
}
