package org.suanpan.definition;

/**
 * A numbered line (行次) of a two-sided table. A line of a 功能分类 class carries the class code so that other
 * tables can refer to “the same class”; a blank line has no label and must stay empty.
 *
 * @param key the label normalised for matching (no ordinal, no spaces), as {@link org.suanpan.text.Text#label} gives it
 */
public record LineDef(int no, String side, String label, String classCode, boolean bold, String key) {

    public LineDef(int no, String side, String label, String classCode, boolean bold) {
        this(no, side, label, classCode, bold, org.suanpan.text.Text.label(label));
    }

    public boolean blank() {
        return label == null || label.isEmpty();
    }
}
