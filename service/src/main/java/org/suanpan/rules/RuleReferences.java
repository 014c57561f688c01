package org.suanpan.rules;

import org.suanpan.definition.Edition;
import org.suanpan.definition.LineDef;
import org.suanpan.definition.TableDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a rule names only tables, 行次 and 栏次 its edition has. A rule naming a line the edition lacks would
 * otherwise be skipped or read a neighbouring line without a word, so the rule file is refused at start-up with
 * the file, the line, the rule and what to change.
 */
final class RuleReferences {
    private RuleReferences() {
    }

    static void check(Rule rule, Edition edition) {
        List<Formula> formulas = new ArrayList<>();
        formulas.add(rule.formula());
        formulas.addAll(rule.alternatives());
        for (Formula f : formulas) {
            f.terms().forEach(term -> {
                String table = term instanceof Term.CellTerm c ? c.table() : term instanceof Term.Sum s ? s.table() : null;
                Integer column = term instanceof Term.CellTerm c ? c.column() : term instanceof Term.Sum s ? s.column() : null;
                if (table == null) {
                    return;
                }
                TableDef def = edition.tables().get(table);
                if (def == null) {
                    throw refuse(rule, edition, "没有表“" + table + "”（可用：" + String.join("、", edition.tables().keySet()) + "）");
                }
                if (term instanceof Term.CellTerm c && c.row() instanceof RowSelector.Line l && !def.lines().isEmpty()
                    && def.line(l.no()).isEmpty()) {
                    int first = def.lines().stream().mapToInt(LineDef::no).min().orElse(0);
                    int last = def.lines().stream().mapToInt(LineDef::no).max().orElse(0);
                    throw refuse(rule, edition, "的" + table + "没有第" + l.no() + "行（行次 " + first + "–" + last + "）");
                }
                if (column != null && def.column(column).isEmpty()) {
                    throw refuse(rule, edition, "的" + table + "没有第" + column + "栏（栏次 "
                        + def.columns().stream().map(cd -> String.valueOf(cd.no())).reduce((a, b) -> a + "、" + b).orElse("无") + "）");
                }
            });
        }
    }

    private static RuleSyntaxException refuse(Rule rule, Edition edition, String what) {
        return new RuleSyntaxException("templates/rules/" + rule.file() + " 第" + rule.lineNo() + "行：规则 " + rule.code() + "（" + rule.text()
            + "）用于版式 " + edition.id() + "，但这个版式" + what + "。请改正行次或栏次，或把这条规则移到对应版式的规则文件中"
            + "（版式文件 templates/editions/" + edition.id() + ".json 的 rules 列出它用的规则文件）。");
    }
}
