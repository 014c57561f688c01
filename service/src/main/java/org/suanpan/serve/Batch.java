package org.suanpan.serve;

import org.suanpan.batch.BatchRow;
import org.suanpan.batch.BatchSummary;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One batch on the server: its folder, its progress and, once done, its summary. Progress goes to whoever listens
 * (the SSE streams of the web page and the clients); a listener that joins late first hears where the batch stands.
 */
final class Batch {
    /** A moment in the batch's life as the status endpoint and the event stream report it. */
    record State(String id, String status, int done, int total, int errors, int warnings, int failed, String file) {
        boolean finished() {
            return !"running".equals(status);
        }
    }

    private final String id;
    private final Path folder;
    private final int total;
    private int done;
    private int errors;
    private int warnings;
    private int failed;
    private String lastFile = "";
    private String status = "running";
    private String failure;
    private BatchSummary summary;
    private Instant finishedAt;
    private final List<Consumer<State>> listeners = new ArrayList<>();

    Batch(String id, Path folder, int total) {
        this.id = id;
        this.folder = folder;
        this.total = total;
    }

    /** A batch of an earlier run of the service, found on disk at start: it did not finish, or its results are gone. */
    static Batch interrupted(String id, Path folder, String message) {
        Batch b = new Batch(id, folder, 0);
        b.status = "failed";
        b.failure = message;
        b.finishedAt = Instant.now();
        return b;
    }

    synchronized int listeners() {
        return listeners.size();
    }

    String id() {
        return id;
    }

    Path folder() {
        return folder;
    }

    synchronized void fileDone(BatchRow row) {
        done++;
        errors += row.errors();
        warnings += row.warnings();
        failed += row.usable() ? 0 : 1;
        lastFile = row.file();
        publish();
    }

    synchronized void finish(BatchSummary summary) {
        this.summary = summary;
        this.status = "done";
        this.finishedAt = Instant.now();
        publish();
        listeners.clear();
    }

    synchronized void fail(String message) {
        this.status = "failed";
        this.failure = message;
        this.finishedAt = Instant.now();
        publish();
        listeners.clear();
    }

    synchronized State state() {
        return new State(id, status, done, total, errors, warnings, failed, lastFile);
    }

    synchronized String failure() {
        return failure;
    }

    synchronized BatchSummary summary() {
        return summary;
    }

    synchronized Instant finishedAt() {
        return finishedAt;
    }

    /** Tells the listener the current state now, and every change until the batch ends. */
    synchronized void listen(Consumer<State> listener) {
        listener.accept(state());
        if (!state().finished()) {
            listeners.add(listener);
        }
    }

    synchronized void unlisten(Consumer<State> listener) {
        listeners.remove(listener);
    }

    private void publish() {
        State s = state();
        for (Consumer<State> l : List.copyOf(listeners)) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                listeners.remove(l);
            }
        }
    }
}
