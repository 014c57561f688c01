package org.suanpan.definition;

import java.util.List;

/** One column group (科目代码, 科目名称, 决算数) of 公开06, with the 经济分类 codes it lists in a blank template. */
public record GroupDef(String title, List<CodeName> codes) {
}
