package org.suanpan.fill;

import org.suanpan.annotate.Annotator;
import org.suanpan.annotate.Mark;
import org.suanpan.read.BookFormat;
import org.suanpan.read.CellAddress;
import org.suanpan.text.Money;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes filled cells into a copy of the workbook: each as a number in the number format of the amounts around it,
 * in the fill colour, with a comment naming the rule that gave it. Every other cell stays as it was.
 */
public final class FillWriter {

    public Annotator.Result write(Path input, BookFormat format, List<FilledCell> filled, Path output) throws IOException {
        List<Annotator.CellNote> notes = new ArrayList<>();
        Map<String, Map<CellAddress, String>> values = new HashMap<>();
        for (FilledCell f : filled) {
            notes.add(new Annotator.CellNote(f.sheet(), f.row(), f.col(), Mark.FILLED,
                "【算盘填充】" + Money.format(f.value()) + "，按审核公式 " + f.rule() + "（" + f.formula() + "）计算得出。"));
            values.computeIfAbsent(f.sheet(), k -> new HashMap<>()).put(new CellAddress(f.row(), f.col()), f.value().toPlainString());
        }
        return new Annotator().write(input, format, notes, values, null, output);
    }
}
