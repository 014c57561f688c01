package org.suanpan.definition;

import java.util.List;

/**
 * One amount of a form (预算11, 预算12): the name rules call it by, and the labels that lead to it — a section label
 * first where the same words stand in several places (“支出构成” then “合计”). The form reader finds each label at or
 * below the one before it, and the amount in that row under the form's column headers, or else the first filled
 * cell to the right of the label.
 */
public record FieldDef(String name, List<String> label) {
}
