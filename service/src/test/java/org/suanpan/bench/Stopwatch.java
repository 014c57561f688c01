package org.suanpan.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain benchmark harness: runs the contenders in alternation after a warm-up, so both see the same JIT, caches and
 * machine load, and reports the median time per operation of each round. Ratios between contenders measured in the
 * same run are the numbers to quote; absolute times depend on the machine.
 */
public final class Stopwatch {
    private Stopwatch() {
    }

    /** Median nanoseconds per operation for each task, measured in interleaved rounds. */
    public static double[] compare(int warmupRounds, int rounds, int opsPerRound, ThrowingRunnable... tasks) throws Exception {
        for (int w = 0; w < warmupRounds; w++) {
            for (ThrowingRunnable t : tasks) {
                for (int i = 0; i < opsPerRound; i++) {
                    t.run();
                }
            }
        }
        List<List<Double>> samples = new ArrayList<>();
        for (int k = 0; k < tasks.length; k++) {
            samples.add(new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < tasks.length; k++) {
                long start = System.nanoTime();
                for (int i = 0; i < opsPerRound; i++) {
                    tasks[k].run();
                }
                samples.get(k).add((System.nanoTime() - start) / (double) opsPerRound);
            }
        }
        double[] medians = new double[tasks.length];
        for (int k = 0; k < tasks.length; k++) {
            List<Double> s = samples.get(k);
            s.sort(null);
            medians[k] = s.get(s.size() / 2);
        }
        return medians;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
