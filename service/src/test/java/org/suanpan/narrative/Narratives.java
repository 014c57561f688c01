package org.suanpan.narrative;

import org.suanpan.check.Finding;
import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TemplateSource;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;
import org.suanpan.testing.Fixtures;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two seed narratives and their workbooks, the checker run on a list of paragraphs, and findings reduced to what
 * a test compares: rule, severity, paragraph and the quoted words (white space dropped, so a quote read from a
 * re-wrapped or .docx copy compares equal).
 */
final class Narratives {
    static final Vocabulary VOCABULARY = Vocabulary.load(TemplateSource.builtIn());
    static final NarrativeChecker CHECKER = new NarrativeChecker(VOCABULARY);
    private static final Map<String, Recognition> RECOGNITIONS = new ConcurrentHashMap<>();

    /** A seed publication with the sample workbook typed from its tables. */
    enum Seed {
        S002("002", Fixtures.SAMPLE_2023), S004("004", Fixtures.SAMPLE_2022);

        final String prefix;
        final String sample;

        Seed(String prefix, String sample) {
            this.prefix = prefix;
            this.sample = sample;
        }

        Path text() {
            return Fixtures.seed(prefix);
        }

        List<Paragraph> paragraphs() {
            return NarrativeReader.read(text(), text().getFileName().toString());
        }

        Recognition workbook() {
            return RECOGNITIONS.computeIfAbsent(sample, s -> {
                var engine = Fixtures.engine();
                return engine.recognise(engine.read(Fixtures.sample(s), s));
            });
        }
    }

    /** What a test compares of a finding. */
    record Key(String rule, Severity severity, int paragraph, String quote) {
        @Override
        public String toString() {
            return rule + " " + severity + " 第" + (paragraph + 1) + "段 “" + quote + "”";
        }
    }

    private Narratives() {
    }

    static Key key(String rule, Severity severity, int paragraph, String quote) {
        return new Key(rule, severity, paragraph, squeeze(quote));
    }

    static Key key(Finding f) {
        return key(f.rule(), f.severity(), f.narrative() == null ? -1 : f.narrative().paragraph(),
            f.narrative() == null ? f.message() : f.narrative().quote());
    }

    static Set<Key> keys(List<Finding> findings) {
        Set<Key> out = new LinkedHashSet<>();
        for (Finding f : findings) {
            if ("narrative".equals(f.source())) {
                out.add(key(f));
            }
        }
        return out;
    }

    /** No white space: the same words read from .txt, a re-wrapped .txt or .docx compare equal. */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    static List<Finding> check(List<Paragraph> paragraphs, Recognition workbook) {
        return CHECKER.check(paragraphs, workbook, null).findings();
    }

    /** Every claim of the narrative, in text order, as the checker sees them. */
    static List<Claim> claims(List<Paragraph> paragraphs) {
        List<Claim> out = new ArrayList<>();
        for (Outline.Placed p : Outline.of(paragraphs, VOCABULARY)) {
            if (!p.heading()) {
                out.addAll(ClaimFinder.find(p.paragraph().index(), p.section() == null ? null : p.section().key(),
                    Normalized.of(p.paragraph().text()), ClaimFinder.Narrow.of(VOCABULARY)));
            }
        }
        return out;
    }

    /** The paragraphs of the 情况说明 (the outline's span) with the given section key. */
    static String sectionOf(List<Paragraph> paragraphs, int index) {
        for (Outline.Placed p : Outline.of(paragraphs, VOCABULARY)) {
            if (p.paragraph().index() == index) {
                return p.section() == null ? null : p.section().key();
            }
        }
        return null;
    }

    /** The indices of the 情况说明's paragraphs whose text contains the words. */
    static List<Integer> paragraphsContaining(List<Paragraph> paragraphs, String words) {
        List<Integer> out = new ArrayList<>();
        for (Outline.Placed p : Outline.of(paragraphs, VOCABULARY)) {
            if (squeeze(p.paragraph().text()).contains(squeeze(words))) {
                out.add(p.paragraph().index());
            }
        }
        return out;
    }

    /** The paragraphs with one replaced. */
    static List<Paragraph> replace(List<Paragraph> paragraphs, int index, String text) {
        List<Paragraph> out = new ArrayList<>(paragraphs);
        out.set(index, new Paragraph(index, text));
        return out;
    }

    /** A figure of the workbook in the rule notation (“公开05 合计行 3栏”). */
    static BigDecimal figure(Recognition workbook, String ref) {
        return new Quantities(workbook).of(FormulaParser.parseSum(ref)).map(Quantity::value)
            .orElseThrow(() -> new AssertionError("no figure " + ref + " in " + workbook.book().fileName()));
    }
}
