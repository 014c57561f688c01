package org.suanpan.narrative;

import org.suanpan.rules.Signed;

import java.util.List;

/**
 * A section of the 情况说明 as templates/narrative/sections.txt defines it.
 *
 * @param keywords       words the heading must contain
 * @param defaultWhole   what “占 …%” without a whole refers to in this section
 * @param subjectColumn  where amounts of a named 类/款/项 are read in this section (a table and column), or null
 */
public record SectionDef(String key, List<String> keywords, String defaultWhole, List<Signed> subjectColumn) {

    int weight() {
        return keywords.stream().mapToInt(String::length).sum();
    }
}
