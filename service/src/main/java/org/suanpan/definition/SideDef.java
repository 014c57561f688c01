package org.suanpan.definition;

/** One side of a two-sided table: 收入 or 支出. */
public record SideDef(String name, String header) {
}
