package org.suanpan.check;

import org.suanpan.definition.Severity;
import org.suanpan.text.Text;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing a person must look at: the stable rule code, how serious it is, where (table, sheet, cell, row), every
 * cell the relation reads, both sides, the difference, the tolerance allowed, the cell most likely at fault and a
 * sentence in Chinese that says what is wrong.
 *
 * @param row      the 行次 or 科目 the finding is at, as the table prints it (“27行 本年收入合计”)
 * @param suspect  the cell that best explains this and related broken relations, sheet-qualified; null if none
 * @param source    {@code table} for relations between amounts, {@code structure} for what the recogniser found,
 *                  {@code rule} for a rule that could not be applied, {@code narrative} for a claim of the 情况说明
 * @param narrative where in the 情况说明 and what it claims, for narrative findings; null otherwise
 */
public record Finding(
    String rule,
    Severity severity,
    String table,
    String sheet,
    String cell,
    List<String> cells,
    String row,
    String formula,
    String expression,
    BigDecimal left,
    BigDecimal right,
    BigDecimal difference,
    BigDecimal tolerance,
    String suspect,
    String message,
    String source,
    Narrative narrative) {

    /**
     * The claim of the 情况说明 a narrative finding is about: the paragraph (counted from 0 in the text as read), the
     * clause quoted, the figure stated and the figure computed from the tables or the text.
     */
    public record Narrative(int paragraph, String quote, BigDecimal stated, BigDecimal computed) {
        public Narrative {
            quote = Text.shorten(quote, MAX_QUOTE * 2);
        }
    }

    /** How much of a row's name a finding quotes; a row name is a workbook cell and may be as long as Excel allows. */
    public static final int MAX_QUOTE = 60;
    /** A message is a sentence or two; one that quotes long workbook text is cut here. */
    public static final int MAX_MESSAGE = 600;

    public Finding {
        row = Text.shorten(row, MAX_QUOTE);
        message = Text.shorten(message, MAX_MESSAGE);
        table = Text.shorten(table, MAX_QUOTE);
    }

    /**
     * What identifies this finding from one check to the next, whatever its figures: the rule, the cell and the row.
     * A 说明 written against it on the 审核结果 sheet is found again by this key.
     */
    public String key() {
        return rule + "|" + (sheet == null || cell == null ? "" : sheet + "!" + cell) + "|" + (row == null ? "" : row)
            + (narrative == null ? "" : "|第" + (narrative.paragraph() + 1) + "段|" + narrative.quote());
    }

    public Finding withSuspect(String suspect) {
        return new Finding(rule, severity, table, sheet, cell, cells, row, formula, expression, left, right, difference, tolerance,
            suspect, message, source, narrative);
    }
}
