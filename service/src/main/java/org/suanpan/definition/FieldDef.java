package org.suanpan.definition;

import java.util.List;

/**
 * One amount of a form (预算11, 预算12): the name rules call it by, and the labels that lead to it — a section label
 * first where the same words stand in several places (“支出构成” then “合计”). The form reader finds each label at or
 * below the one before it, and the amount in that row under the form's column headers, or else the first filled
 * cell to the right of the label. A {@code list} field is a column of a list inside the form (支出明细测算 金额): its
 * label is the column's header, its amounts every filled cell below it up to the first empty one, and a rule reads
 * them added up.
 */
public record FieldDef(String name, List<String> label, boolean list) {

    public FieldDef(String name, List<String> label) {
        this(name, label, false);
    }
}
