package org.suanpan.definition;

import java.util.List;

/**
 * A numbered amount column (栏次). {@code header} is the path of header texts from the top header row down, each
 * part possibly listing alternatives separated by {@code |} ("公务用车购置及运行维护费|公务用车购置及运行费").
 * An {@code optional} column is printed by some publications only (会议费 and 培训费 in the 三公 table): it is read
 * when its header is there, never asked for, and not drawn in the blank template.
 */
public record ColumnDef(int no, String side, List<String> header, boolean optional) {

    public ColumnDef(int no, String side, List<String> header) {
        this(no, side, header, false);
    }
}
