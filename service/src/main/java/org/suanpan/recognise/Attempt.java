package org.suanpan.recognise;

import java.util.List;

/** The outcome of reading one titled region as a table: the table and what was odd about it, or why it failed. */
record Attempt(RecognisedTable table, List<Problem> problems, String failure) {

    static Attempt ok(RecognisedTable table, List<Problem> problems) {
        return new Attempt(table, List.copyOf(problems), null);
    }

    static Attempt failed(String reason) {
        return new Attempt(null, List.of(), reason);
    }

    boolean succeeded() {
        return table != null;
    }
}
