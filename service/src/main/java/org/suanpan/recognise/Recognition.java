package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.read.Book;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the recogniser made of a workbook: its edition, the tables it found by canonical id, what went wrong, and the money unit. */
public record Recognition(Book book, Edition edition, Map<String, RecognisedTable> tables, List<Problem> problems, Unit unit) {

    public Recognition(Book book, Edition edition, Map<String, RecognisedTable> tables, List<Problem> problems) {
        this(book, edition, tables, problems, Unit.WAN_YUAN);
    }

    public Optional<RecognisedTable> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }
}
