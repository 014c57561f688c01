package org.suanpan.definition;

import java.util.List;

/**
 * A named list of 科目 an edition defines for rules to refer to (“只列项目支出的科目”): rows belong to it when their
 * code starts with one of {@code codes} or their name contains one of {@code names}.
 */
public record CodeList(String name, List<String> codes, List<String> names) {

    public boolean contains(String code, String label) {
        if (code != null) {
            for (String c : codes) {
                if (code.startsWith(c)) {
                    return true;
                }
            }
        }
        if (label != null) {
            for (String n : names) {
                if (label.contains(n)) {
                    return true;
                }
            }
        }
        return false;
    }
}
