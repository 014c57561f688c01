package org.suanpan.definition;

/** A named 合计 line at the foot of a detail table, and the column group its amount sits under (1-based). */
public record TotalDef(String label, int group) {
}
