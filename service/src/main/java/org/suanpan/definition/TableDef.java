package org.suanpan.definition;

import java.util.List;
import java.util.Optional;

/**
 * One of the nine tables as an edition defines it: canonical id (公开01–公开09), title and its variants, layout,
 * columns and lines. The recogniser finds the table by this definition and the template generator draws it.
 *
 * @param groupColumns the headers of each column group of a detail table (科目代码, 科目名称, 决算数)
 * @param keyColumns header paths of the 科目代码 and 科目名称 columns of a coded table (“项目 / 科目代码”)
 * @param subject what the table reports on (“国有资本经营预算财政拨款”), as a sentence saying the table is not
 *                published names it (“本部门无国有资本经营预算财政拨款收支，故本表不公开”); empty when not given
 * @param optional whether a publication may leave the table out or print its title alone (预算02, 预算10): then a
 *                 missing or bodiless table is reported as not checked, not as an error
 * @param unnumbered whether the table prints no 行次 (a budget's two-sided tables): its lines are known by label
 *                   alone, and the lack of a 行次 column is not reported
 * @param fields the amounts of a form, by the labels beside them
 * @param texts the words of a form (项目名称, 支出项目类别), found by their labels as {@code fields} are
 * @param textChecks what those words are checked against
 * @param indicatorLevels for a form with 绩效指标 tables: each 一级指标 and the words one of which its 二级指标 must
 *                        hold (产出指标: 数量, 质量, 时效, 成本); empty when the form has none to check
 * @param parts whether a publication prints the table several times, once per project (预算12-1, 预算12-2, …): each
 *              part is read and checked on its own, and a rule naming the table in another table's terms adds the
 *              same amount of every part
 */
public record TableDef(
    String id,
    String title,
    List<String> aliases,
    Layout layout,
    List<SideDef> sides,
    List<ColumnDef> columns,
    List<LineDef> lines,
    List<List<String>> keyColumns,
    List<GroupDef> groups,
    List<String> groupColumns,
    List<TotalDef> totals,
    List<String> notes,
    String subject,
    boolean optional,
    boolean unnumbered,
    List<FieldDef> fields,
    boolean parts,
    List<FieldDef> texts,
    List<TextCheckDef> textChecks,
    java.util.Map<String, List<String>> indicatorLevels) {

    /** The definition of one part of a table printed in parts (预算12-2 of 预算12). */
    public TableDef part(String partId) {
        return new TableDef(partId, title, aliases, layout, sides, columns, lines, keyColumns, groups, groupColumns, totals, notes,
            subject, optional, unnumbered, fields, false, texts, textChecks, indicatorLevels);
    }

    /** The id of the table printed in parts that {@code id} is a part of (预算12 for 预算12-2), or null. */
    public static String partOf(String id, java.util.function.Predicate<String> inParts) {
        int dash = id.lastIndexOf('-');
        return dash > 0 && inParts.test(id.substring(0, dash)) ? id.substring(0, dash) : null;
    }

    /** The title and every accepted variant. */
    public List<String> titles() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(title), aliases.stream()).toList();
    }

    public Optional<LineDef> line(int no) {
        for (LineDef l : lines) {
            if (l.no() == no) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public Optional<ColumnDef> column(int no) {
        return columns.stream().filter(c -> c.no() == no).findFirst();
    }

    /** The columns every publication prints: all but the optional ones. */
    public List<ColumnDef> printed() {
        return columns.stream().filter(c -> !c.optional()).toList();
    }

    public List<ColumnDef> columnsOf(String side) {
        return columns.stream().filter(c -> side.equals(c.side())).toList();
    }
}
