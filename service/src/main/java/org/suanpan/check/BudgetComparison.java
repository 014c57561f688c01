package org.suanpan.check;

import org.suanpan.batch.Profile;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.RuleBook;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 决算 checked against the same department's 部门预算 of the same year: the rules of
 * {@code templates/rules/决算对预算.rules} read the tables of both workbooks (公开09 预算数 against 预算07, …).
 * Workbooks of different departments or years are not compared; the report says why.
 */
public final class BudgetComparison {
    public static final String RULE_FILE = "决算对预算.rules";

    private BudgetComparison() {
    }

    /** The findings of comparing {@code accounts} (a 决算) with {@code budget} (a 部门预算). */
    public static List<Finding> compare(TemplateSource source, Recognition accounts, Recognition budget) {
        return compare(source, accounts, budget, null, List.of());
    }

    /**
     * The same, and the 年初预算 the 决算's 情况说明 ({@code narrative}, empty when none) states against the budget's
     * tables ({@link OpeningBudgetCheck}).
     */
    public static List<Finding> compare(TemplateSource source, Recognition accounts, Recognition budget, Vocabulary vocabulary,
                                        List<Paragraph> narrative) {
        List<Finding> out = new ArrayList<>();
        if (!isBudget(budget.edition())) {
            out.add(problem("S-20", Severity.ERROR, "--budget 给出的工作簿“" + budget.book().fileName() + "”不是部门预算公开表（按"
                + budget.edition().name() + "读）。请给出同一部门同一年度的部门预算公开表。"));
            return out;
        }
        if (isBudget(accounts.edition())) {
            out.add(problem("S-20", Severity.ERROR, "要审核的工作簿是部门预算，不是决算：决算对预算的比较需要先给决算，再用 --budget 给出预算。"));
            return out;
        }
        Profile a = Profile.of(accounts);
        Profile b = Profile.of(budget);
        if (!a.year().isEmpty() && !b.year().isEmpty() && !a.year().equals(b.year())) {
            out.add(problem("S-21", Severity.ERROR, "决算是 " + a.year() + " 年度的，部门预算是 " + b.year()
                + " 年度的：只有同一年度的预算和决算才能比较。没有做决算对预算的审核。"));
            return out;
        }
        if (!sameDepartment(a.department(), b.department())) {
            out.add(problem("S-21", Severity.ERROR, "决算的部门是“" + a.department() + "”，部门预算的部门是“" + b.department()
                + "”：只有同一部门的预算和决算才能比较。没有做决算对预算的审核。"));
            return out;
        }
        Edition both = combined(accounts.edition(), budget.edition());
        Map<String, RecognisedTable> tables = new LinkedHashMap<>(accounts.tables());
        tables.putAll(budget.tables());
        Recognition joint = new Recognition(accounts.book(), both, tables, List.of(), accounts.unit());
        CheckResult r = new Checker().check(joint, RuleBook.loadFile(source, RULE_FILE, both));
        out.addAll(r.findings());
        if (vocabulary != null && !narrative.isEmpty()) {
            out.addAll(OpeningBudgetCheck.compare(source, vocabulary, narrative, budget));
        }
        return out;
    }

    /** 部门预算 editions are named 预算 and their year (预算2023); 决算 editions by the year alone. */
    public static boolean isBudget(Edition e) {
        return e.id().startsWith("预算");
    }

    private static boolean sameDepartment(String a, String b) {
        String x = Text.norm(a);
        String y = Text.norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static Edition combined(Edition accounts, Edition budget) {
        Map<String, String> labels = new LinkedHashMap<>(accounts.labels());
        labels.putAll(budget.labels());
        Map<String, TableDef> defs = new LinkedHashMap<>(accounts.tables());
        defs.putAll(budget.tables());
        var lists = new LinkedHashMap<>(accounts.codeLists());
        lists.putAll(budget.codeLists());
        return new Edition(accounts.id() + "+" + budget.id(), accounts.name() + " 对 " + budget.name(), List.of(RULE_FILE),
            labels, accounts.classes(), lists, defs);
    }

    private static Finding problem(String code, Severity severity, String message) {
        return new Finding(code, severity, null, null, null, List.of(), null, null, null, null, null, null, null, null, message,
            "budget", null);
    }
}
