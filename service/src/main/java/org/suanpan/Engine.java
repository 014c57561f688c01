package org.suanpan;

import org.suanpan.annotate.Explanations;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Checker;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Editions;
import org.suanpan.definition.TableDef;
import org.suanpan.definition.TemplateSource;
import org.suanpan.inspect.Checklist;
import org.suanpan.inspect.Inspector;
import org.suanpan.narrative.NarrativeChecker;
import org.suanpan.narrative.NarrativeKinds;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.NarrativeReader;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.read.Book;
import org.suanpan.read.BookReader;
import org.suanpan.read.ReadLimits;
import org.suanpan.recognise.Recogniser;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.RuleBook;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline in one place — read → recognise → check — with the definitions loaded once. Thread-safe: one engine
 * serves every request of the service and every file of a batch.
 */
public final class Engine {
    private final Editions editions;
    private final Recogniser recogniser;
    private final Checker checker = new Checker();
    private final Map<String, RuleBook> ruleBooks = new ConcurrentHashMap<>();
    private final NarrativeKinds narrativeChecker;
    private final Vocabulary vocabulary;
    private final Inspector inspector;
    private final java.util.List<org.suanpan.rules.FindingCodes.Code> findingCodes;

    private Engine(Editions editions) {
        this.editions = editions;
        this.vocabulary = Vocabulary.load(editions.source());
        this.narrativeChecker = NarrativeKinds.load(editions.source(), vocabulary);
        this.inspector = Inspector.load(editions.source(), vocabulary);
        this.recogniser = new Recogniser(editions);
        this.findingCodes = org.suanpan.rules.FindingCodes.load(editions.source());
        for (Edition e : editions.all()) {
            ruleBooks.put(e.id(), RuleBook.load(editions.source(), e));
        }
    }

    public static Engine create(TemplateSource source) {
        return new Engine(Editions.load(source));
    }

    public static Engine create() {
        return create(TemplateSource.configured());
    }

    public Editions editions() {
        return editions;
    }

    /** The codes findings carry besides the rules' own (S-…, N…), with what each means. */
    public java.util.List<org.suanpan.rules.FindingCodes.Code> findingCodes() {
        return findingCodes;
    }

    public RuleBook rules(Edition edition) {
        return ruleBooks.get(edition.id());
    }

    public Book read(Path file, String displayName) {
        return BookReader.read(file, displayName, ReadLimits.defaults());
    }

    public Recognition recognise(Book book) {
        return recogniser.recognise(book);
    }

    /** The book checked; the 说明 written on an earlier 审核结果 sheet of it come back with the findings. */
    public CheckResult check(Book book) {
        Recognition recognition = recognise(book);
        CheckResult result = checker.check(recognition, rules(recognition));
        java.util.Map<String, String> explanations = Explanations.read(book);
        return explanations.isEmpty() ? result : result.withExplanations(explanations);
    }

    /** The edition's rules; a table that follows another edition is checked by that edition's rules for it. */
    private RuleBook rules(Recognition recognition) {
        Edition edition = recognition.edition();
        Map<String, RuleBook> foreign = new java.util.LinkedHashMap<>();
        for (var t : recognition.tables().values()) {
            TableDef own = edition.table(t.id());
            // a part of a table printed in parts (预算12-2) is its edition's own
            if (own == null || t.def() == own || !t.def().lines().isEmpty()) {
                continue;
            }
            for (Edition e : editions.all()) {
                if (t.def().equals(e.table(t.id()))) {
                    foreign.put(t.id(), rules(e));
                    break;
                }
            }
        }
        return foreign.isEmpty() ? rules(edition) : rules(edition).withTablesFrom(foreign);
    }

    public CheckResult check(Path file, String displayName) {
        return check(read(file, displayName));
    }

    public CheckResult check(Path file) {
        return check(file, file.getFileName().toString());
    }

    /** Adds the findings of a 情况说明 checked against the workbook of {@code result} (and last year's, when given). */
    public CheckResult withNarrative(CheckResult result, Path narrative, String name, Recognition prior) {
        return withNarrative(result, narrative == null ? java.util.List.of() : NarrativeReader.read(narrative, name), name, prior);
    }

    private CheckResult withNarrative(CheckResult result, java.util.List<Paragraph> text, String name, Recognition prior) {
        NarrativeChecker.Result r = narrativeChecker.check(text, result.recognition(), prior);
        return result.withNarrative(name, r.findings(), r.coverage());
    }

    /** A 情况说明 checked on its own: shares, changes, completion rates and lists against its own figures. */
    public CheckResult narrativeOnly(Path narrative, String name, Recognition prior) {
        NarrativeChecker.Result r = narrativeChecker.check(NarrativeReader.read(narrative, name), null, prior);
        return new CheckResult(null, null, java.util.List.of(), java.util.List.of()).withNarrative(name, r.findings(), r.coverage());
    }

    /**
     * What {@code check} does with whatever it is given: the workbook checked, with its 情况说明 and last year's
     * workbook when given; without a workbook, the 情况说明 checked against itself. Each file comes with the name
     * reports show.
     */
    public CheckResult checkAll(Path workbook, String workbookName, Path narrative, String narrativeName, Path prior, String priorName) {
        Recognition last = prior == null ? null : prior(prior, priorName);
        java.util.List<Paragraph> text = narrative == null ? java.util.List.of() : NarrativeReader.read(narrative, narrativeName);
        if (workbook == null) {
            NarrativeChecker.Result r = narrativeChecker.check(text, null, last);
            return inspect(new CheckResult(null, null, java.util.List.of(), java.util.List.of()).withNarrative(narrativeName, r.findings(), r.coverage()), text,
                last);
        }
        CheckResult result = check(workbook, workbookName);
        if (last != null) {
            PriorYear.verify(result.recognition(), last);
        }
        return inspect(narrative == null && last == null ? result : withNarrative(result, text, narrativeName, last), text, last);
    }

    /** The 公开检查 of the workbook of {@code result} (if any) and the 情况说明's paragraphs (empty when none), added to it. */
    public CheckResult inspect(CheckResult result, java.util.List<Paragraph> text) {
        return inspect(result, text, null);
    }

    /** The same, with last year's workbook (or null) for the changes the text must state. */
    public CheckResult inspect(CheckResult result, java.util.List<Paragraph> text, Recognition prior) {
        return result.withInspection(inspector.inspect(text, result.recognition(), prior));
    }

    /** The 公开检查 checklist, for the rule catalogue. */
    public Checklist checklist() {
        return inspector.checklist();
    }

    /** Last year's workbook for this one: read, recognised, and verified to be the same department's year before. */
    public Recognition prior(Path file, String name, Recognition current) {
        Recognition last = prior(file, name);
        PriorYear.verify(current, last);
        return last;
    }

    /**
     * {@link #checkAll(Path, String, Path, String, Path, String)} and, when {@code budget} is given, the 决算 checked
     * against the same department's 部门预算 of the same year ({@code templates/rules/决算对预算.rules}).
     */
    public CheckResult checkAll(Path workbook, String workbookName, Path narrative, String narrativeName, Path prior, String priorName,
                                Path budget, String budgetName) {
        CheckResult result = checkAll(workbook, workbookName, narrative, narrativeName, prior, priorName);
        if (budget == null || result.recognition() == null) {
            return result;
        }
        Recognition plan = recognise(read(budget, budgetName));
        java.util.List<Paragraph> text = narrative == null ? java.util.List.of() : NarrativeReader.read(narrative, narrativeName);
        return result.withFindings(org.suanpan.check.BudgetComparison.compare(editions.source(), result.recognition(), plan, vocabulary, text));
    }

    /** Last year's workbook, read and recognised for the figures a 情况说明 compares with. */
    public Recognition prior(Path file, String name) {
        return recognise(read(file, name));
    }
}
