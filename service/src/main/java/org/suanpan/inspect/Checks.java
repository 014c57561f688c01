package org.suanpan.inspect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks a checklist line can name, by the Chinese name the line uses. */
final class Checks {
    private static final Map<String, Check> ALL = new LinkedHashMap<>();

    static {
        ALL.put("必需章节", new RequiredSections());
        ALL.put("章节编号", new SectionNumbering());
        ALL.put("必需部分", new RequiredParts());
        ALL.put("空表说明", new EmptyTables(false));
        ALL.put("空表说明不符", new EmptyTables(true));
        ALL.put("变动说明", new ChangesStated());
        ALL.put("变动原因", new Reasons(false));
        ALL.put("预算差异原因", new Reasons(true));
        ALL.put("占位符", new Leftovers());
        ALL.put("待填写", new Leftovers());
        ALL.put("选择词残留", new Leftovers());
        ALL.put("括注指引", new BracketGuidance());
        ALL.put("年度", new Years());
        ALL.put("金额单位", new Units());
        ALL.put("部门名称", new DepartmentNames());
        ALL.put("预算比较用语", new BudgetWording(false));
        ALL.put("零预算完成率", new BudgetWording(true));
        ALL.put("科目细化", new CodeDetail());
        ALL.put("项级说明", new ItemsExplained());
        ALL.put("政府采购构成", new Procurement(false));
        ALL.put("中小企业合同", new Procurement(true));
        ALL.put("机关运行经费", new RunningCosts());
        ALL.put("三公数量", new ThreeCounts());
    }

    private Checks() {
    }

    static Check of(String kind) {
        return ALL.get(kind);
    }

    static List<String> kinds() {
        return List.copyOf(ALL.keySet());
    }
}
