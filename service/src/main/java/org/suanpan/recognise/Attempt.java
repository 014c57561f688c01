package org.suanpan.recognise;

import java.util.List;

/** The outcome of reading one titled region as a table: the table and what was odd about it, or why it failed. */
record Attempt(RecognisedTable table, List<Problem> problems, String failure, int misfits) {

    static Attempt ok(RecognisedTable table, List<Problem> problems) {
        return new Attempt(table, List.copyOf(problems), null, 0);
    }

    /** {@code misfits}: columns placed by their 栏次 whose header does not say what the definition expects there. */
    static Attempt ok(RecognisedTable table, List<Problem> problems, int misfits) {
        return new Attempt(table, List.copyOf(problems), null, misfits);
    }

    static Attempt failed(String reason) {
        return new Attempt(null, List.of(), reason, 0);
    }

    boolean succeeded() {
        return table != null;
    }
}
