package org.suanpan.definition;

/**
 * A numbered line (行次) of a two-sided table. A line of a 功能分类 class carries the class code so that other
 * tables can refer to “the same class”; a blank line has no label and must stay empty.
 */
public record LineDef(int no, String side, String label, String classCode, boolean bold) {

    public boolean blank() {
        return label == null || label.isEmpty();
    }
}
