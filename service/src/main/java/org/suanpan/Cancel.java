package org.suanpan;

/**
 * Cooperative cancellation. A deadline cuts work by interrupting its thread; every loop whose length grows with the
 * input (cells read, rows recognised, paragraphs, fill rounds, notes written, files of a batch) calls {@link #check}
 * so the work stops within moments and its thread is free for the next request, instead of running on unseen.
 */
public final class Cancel {
    private Cancel() {
    }

    /** Throws {@link Cancelled} when the current thread has been interrupted (its deadline passed or it was stopped). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** The work was stopped from outside; whoever stopped it has already told the user why. */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("处理已停止（超过时限或服务正在关闭）。", null, false, false);
        }
    }
}
