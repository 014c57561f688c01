package org.suanpan.narrative;

import org.suanpan.rules.Signed;

import java.util.List;

/**
 * One way the 情况说明 names a figure of the tables (“基本支出” in the 支出 section is 公开03's 合计 column 2), with
 * its budget figure when the tables have one (the 三公 table).
 *
 * @param section a section key, or 全部 for every section
 * @param names   the ways of saying it, normalised
 */
public record VocabularyEntry(String section, List<String> names, List<Signed> actual, List<Signed> budget) {

    /** Identifies the figure across sections for comparing what the text says twice. */
    String key() {
        return section + ":" + names.get(0);
    }
}
