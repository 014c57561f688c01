package org.suanpan.inspect;

import org.suanpan.check.Finding;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.Paragraph;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.Recognition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the 公开检查 checklist over a publication — its tables, its 情况说明, or both — and scores it. Thread-safe:
 * the checklist is read once and every check keeps no state.
 */
public final class Inspector {
    public static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);

    private final Checklist checklist;
    private final Vocabulary vocabulary;

    public Inspector(Checklist checklist, Vocabulary vocabulary) {
        this.checklist = checklist;
        this.vocabulary = vocabulary;
    }

    public static Inspector load(TemplateSource source, Vocabulary vocabulary) {
        return new Inspector(Checklist.load(source, vocabulary), vocabulary);
    }

    public Checklist checklist() {
        return checklist;
    }

    /** @param text the 情况说明's paragraphs (empty when none was given); @param tables null when no workbook was given */
    public Inspection inspect(List<Paragraph> text, Recognition tables) {
        return inspect(text, tables, null);
    }

    /** @param prior last year's workbook, or null: with it, the changes on last year the text must state are known */
    public Inspection inspect(List<Paragraph> text, Recognition tables, Recognition prior) {
        Publication p = new Publication(text, tables, prior, vocabulary);
        List<Finding> findings = new ArrayList<>();
        List<Inspection.Deduction> deductions = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        BigDecimal lost = BigDecimal.ZERO;
        for (ChecklistItem item : checklist.items()) {
            List<Finding> found;
            try {
                found = Checks.of(item.kind()).run(item, p);
            } catch (RuntimeException e) {
                // one check tripping over an odd text must not cost the report: it says what it could not do
                unchecked.add(item.code() + "（" + item.kind() + "）未能完成，这一项没有检查。");
                continue;
            }
            findings.addAll(found);
            BigDecimal points = item.deduction(found.size());
            if (points.signum() > 0) {
                deductions.add(new Inspection.Deduction(item.code(), item.kind(), found.size(), points));
                lost = lost.add(points);
            }
        }
        if (!p.hasText()) {
            unchecked.add("没有情况说明：章节、空表说明、原因、模板残留和其他重要事项未检查。");
        }
        if (!p.hasTables()) {
            unchecked.add("没有决算公开表：表的细化程度、空表、年度和单位未对照表检查。");
        }
        return new Inspection(List.copyOf(findings), FULL_SCORE.subtract(lost).max(BigDecimal.ZERO), List.copyOf(deductions), List.copyOf(unchecked));
    }
}
