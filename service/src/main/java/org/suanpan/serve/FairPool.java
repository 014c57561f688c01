package org.suanpan.serve;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The worker threads batches share, taking one file from each batch in turn. A pool with one queue serves files in the
 * order they came, so a one-file batch waited behind every file of a 500-file batch sent before it; here each batch
 * has a lane of its own and the lanes take turns.
 */
final class FairPool implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    /** Lanes with work waiting, in the order of their next turn. */
    private final ArrayDeque<Lane> ready = new ArrayDeque<>();
    private final Thread[] threads;
    private boolean closed;

    FairPool(int size, ThreadFactory factory) {
        threads = new Thread[Math.max(1, size)];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = factory.newThread(this::work);
            threads[i].start();
        }
    }

    /** A lane for one batch's files. */
    Lane lane() {
        return new Lane();
    }

    /** One batch's queue: an {@link Executor} whose tasks run when the lane's turn comes. */
    final class Lane implements Executor {
        private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            lock.lock();
            try {
                if (closed) {
                    throw new RejectedExecutionException("closed");
                }
                tasks.add(task);
                if (tasks.size() == 1) {
                    ready.add(this);
                }
                work.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    private void work() {
        while (true) {
            Runnable task;
            lock.lock();
            try {
                while (ready.isEmpty() && !closed) {
                    work.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                Lane lane = ready.poll();
                task = lane.tasks.poll();
                if (!lane.tasks.isEmpty()) {
                    ready.add(lane);
                }
            } finally {
                lock.unlock();
            }
            try {
                task.run();
            } catch (RuntimeException | Error ignored) {
                // a task reports its own failure through its future
            }
            Thread.interrupted(); // a cancelled file's interrupt must not reach the next file
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            ready.clear();
            work.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread t : threads) {
            t.interrupt();
        }
    }
}
