package org.suanpan.definition;

import java.util.List;
import java.util.Map;

/**
 * One edition of the nine tables (2023: 公开01表…公开09表; 2021/2022: 表1…表9). Everything that differs between
 * editions — line numbers, labels, rule files — lives in the edition's data file, not in code.
 *
 * @param labels the table number as printed, by canonical id ("公开09" → "表7" in the 2021 edition)
 * @param codeLists named lists of 科目 that rules can restrict a quantifier to
 * @param tables by canonical id, in 公开01…公开09 order
 */
public record Edition(
    String id,
    String name,
    List<String> ruleFiles,
    Map<String, String> labels,
    List<CodeName> classes,
    Map<String, CodeList> codeLists,
    Map<String, TableDef> tables) {

    public TableDef table(String id) {
        return tables.get(id);
    }

    public String label(String tableId) {
        String label = labels.get(tableId);
        if (label != null) {
            return label;
        }
        // a part of a table printed in parts: 预算12-2 is 表12-2 where 预算12 is 表12
        int dash = tableId.lastIndexOf('-');
        String base = dash > 0 ? labels.get(tableId.substring(0, dash)) : null;
        return base != null && tables.containsKey(tableId.substring(0, dash)) && tables.get(tableId.substring(0, dash)).parts()
            ? base + tableId.substring(dash) : tableId;
    }

    /** The table as people of this edition name it: “公开03表”, or “公开03（表3）” where the edition numbers it otherwise. */
    public String tableName(String tableId) {
        String label = label(tableId);
        return label.equals(tableId + "表") ? label : tableId + "（" + label + "）";
    }

    public String className(String code) {
        return classes.stream().filter(c -> c.code().equals(code)).map(CodeName::name).findFirst().orElse(null);
    }
}
