package org.suanpan.definition;

import java.util.List;

/**
 * A numbered amount column (栏次). {@code header} is the path of header texts from the top header row down, each
 * part possibly listing alternatives separated by {@code |} ("公务用车购置及运行维护费|公务用车购置及运行费").
 */
public record ColumnDef(int no, String side, List<String> header) {
}
