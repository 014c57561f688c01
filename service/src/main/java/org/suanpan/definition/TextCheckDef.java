package org.suanpan.definition;

/**
 * A check on the words of a form, as an edition writes it for the table:
 * <ul>
 *   <li>{@code sameInList}: the form's {@code field} (支出项目类别) must read as the list of {@code table} gives it for the
 *       row whose {@code keyHeader} column holds the form's {@code key} (项目名称) — the list found by its headers;</li>
 *   <li>{@code startYear}: no year before the form's {@code field} (起始年度) may carry a budget in its {@code history}
 *       text (“2021 年预算为 885.44 万元”).</li>
 * </ul>
 * What does not fit is a warning: the words may be right and the other place wrong.
 */
public record TextCheckDef(String kind, String field, String key, String table, String keyHeader, String valueHeader, String history) {
}
