package org.suanpan.bench;

import org.suanpan.testing.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code batch} over 300 copies of a sample against POI's usermodel reading the same files in one loop, both as whole
 * processes (start-up included), in the same run. Run with {@code bench/run.sh batch [copies] [repeats]} after
 * {@code mvn -q package}. The goal is a ratio of at most 0.25.
 */
public final class BatchBenchmark {
    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of("service/target/suanpan.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("run mvn -q package first: " + jar + " is missing");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        System.out.println("| workbooks | JVM flags (both processes) | suanpan batch (s) | POI usermodel loop (s) | ratio batch/POI | cores |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            Path dir = Files.createTempDirectory("suanpan-batch-bench");
            for (int i = 0; i < copies; i++) {
                Files.copy(Fixtures.sample(sample), dir.resolve(String.format("部门%03d.xlsx", i)));
            }
            Path out = Files.createTempDirectory("suanpan-batch-out");
            // The JVM's defaults (java -jar), and the flags the ./suanpan launcher gives one-shot commands.
            for (List<String> flags : List.of(List.<String>of(), List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"))) {
                double[] batch = new double[repeats];
                double[] poi = new double[repeats];
                for (int r = 0; r < repeats; r++) {
                    poi[r] = time(command(java, flags, List.of("-cp", classpath, PoiReadAll.class.getName(), dir.toString())));
                    batch[r] = time(command(java, flags, List.of("-jar", jar.toString(), "batch", dir.toString(), "-o", out.toString())));
                }
                double b = median(batch);
                double p = median(poi);
                System.out.printf(Locale.ROOT, "| %d × %s | %s | %.2f | %.2f | %.2f | %d |%n", copies, sample,
                    flags.isEmpty() ? "defaults" : String.join(" ", flags), b, p, b / p, Runtime.getRuntime().availableProcessors());
            }
        }
    }

    private static List<String> command(String java, List<String> flags, List<String> rest) {
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g"));
        cmd.addAll(flags);
        cmd.addAll(rest);
        return cmd;
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0 && code != 1) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + code);
        }
        return seconds;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
