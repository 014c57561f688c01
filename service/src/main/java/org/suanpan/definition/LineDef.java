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

    /**
     * Whether a label printed in a table names this line: the same words, or one the start of the other
     * (“使用非财政拨款结余” for “使用非财政拨款结余和专用结余”, as editions word it).
     */
    public boolean named(String labelKey) {
        if (blank() || labelKey == null || labelKey.isEmpty()) {
            return false;
        }
        if (key.equals(labelKey)) {
            return true;
        }
        String shorter = key.length() < labelKey.length() ? key : labelKey;
        return shorter.length() >= 6 && (key.startsWith(labelKey) || labelKey.startsWith(key));
    }
}
