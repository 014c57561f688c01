package org.suanpan;

import org.suanpan.check.CheckResult;
import org.suanpan.check.Checker;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Editions;
import org.suanpan.definition.TableDef;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.NarrativeChecker;
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
    private final NarrativeChecker narrativeChecker;

    private Engine(Editions editions) {
        this.editions = editions;
        this.narrativeChecker = new NarrativeChecker(Vocabulary.load(editions.source()));
        this.recogniser = new Recogniser(editions);
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

    public RuleBook rules(Edition edition) {
        return ruleBooks.get(edition.id());
    }

    public Book read(Path file, String displayName) {
        return BookReader.read(file, displayName, ReadLimits.defaults());
    }

    public Recognition recognise(Book book) {
        return recogniser.recognise(book);
    }

    public CheckResult check(Book book) {
        Recognition recognition = recognise(book);
        return checker.check(recognition, rules(recognition));
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
        java.util.List<org.suanpan.narrative.Paragraph> text = narrative == null ? java.util.List.of() : NarrativeReader.read(narrative, name);
        NarrativeChecker.Result r = narrativeChecker.check(text, result.recognition(), prior);
        return result.withNarrative(name, r.findings(), r.claims());
    }

    /** A 情况说明 checked on its own: shares, changes, completion rates and lists against its own figures. */
    public CheckResult narrativeOnly(Path narrative, String name, Recognition prior) {
        NarrativeChecker.Result r = narrativeChecker.check(NarrativeReader.read(narrative, name), null, prior);
        return new CheckResult(null, null, java.util.List.of(), java.util.List.of()).withNarrative(name, r.findings(), r.claims());
    }

    /**
     * What {@code check} does with whatever it is given: the workbook checked, with its 情况说明 and last year's
     * workbook when given; without a workbook, the 情况说明 checked against itself. Each file comes with the name
     * reports show.
     */
    public CheckResult checkAll(Path workbook, String workbookName, Path narrative, String narrativeName, Path prior, String priorName) {
        Recognition last = prior == null ? null : prior(prior, priorName);
        if (workbook == null) {
            return narrativeOnly(narrative, narrativeName, last);
        }
        CheckResult result = check(workbook, workbookName);
        return narrative == null && last == null ? result : withNarrative(result, narrative, narrativeName, last);
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
        return result.withFindings(org.suanpan.check.BudgetComparison.compare(editions.source(), result.recognition(), plan));
    }

    /** Last year's workbook, read and recognised for the figures a 情况说明 compares with. */
    public Recognition prior(Path file, String name) {
        return recognise(read(file, name));
    }
}
