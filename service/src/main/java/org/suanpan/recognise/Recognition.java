package org.suanpan.recognise;

import org.suanpan.definition.Edition;
import org.suanpan.read.Book;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the recogniser made of a workbook: its edition, the tables it found by canonical id, and what went wrong. */
public record Recognition(Book book, Edition edition, Map<String, RecognisedTable> tables, List<Problem> problems) {

    public Optional<RecognisedTable> table(String id) {
        return Optional.ofNullable(tables.get(id));
    }
}
