package org.suanpan.bench;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.check.CheckResult;
import org.suanpan.definition.TemplateSource;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Variants;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code annotate} (check, then write the marked copy with its 审核结果 sheet) against POI's plain open and save
 * of the same workbook, warm, in the same run. Run with {@code bench/run.sh annotate}. The goal is a ratio of at
 * most 1: annotating must not cost more than POI's own round trip.
 */
public final class AnnotateBenchmark {
    private AnnotateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Engine engine = Engine.create(TemplateSource.builtIn());
        Path dir = Files.createTempDirectory("suanpan-bench");
        List<Path> files = new ArrayList<>();
        for (String sample : List.of(Fixtures.SAMPLE_2023, Fixtures.SAMPLE_2022)) {
            files.add(Variants.variant(Fixtures.sample(sample), dir.resolve("mistaken-" + sample), wb -> Variants.typingMistakes(wb, sample)));
        }
        try (var wb = Variants.open(files.get(1)); var xls = Variants.asXls(wb)) {
            files.add(Variants.write(xls, dir.resolve("mistaken-2022.xls")));
        }
        System.out.println("| workbook | annotate (ms) | POI open + write (ms) | ratio annotate/POI |");
        System.out.println("|---|---:|---:|---:|");
        double worst = 0;
        for (Path f : files) {
            String ext = f.toString().endsWith(".xls") ? ".xls" : ".xlsx";
            Path ours = dir.resolve("ours" + ext);
            Path theirs = dir.resolve("theirs" + ext);
            double[] t = Stopwatch.compare(10, rounds, 10,
                () -> {
                    CheckResult r = engine.check(f);
                    new Annotator().annotate(f, r, ours);
                },
                () -> {
                    try (InputStream in = Files.newInputStream(f); Workbook wb = WorkbookFactory.create(in);
                         OutputStream out = Files.newOutputStream(theirs)) {
                        wb.write(out);
                    }
                });
            double ratio = t[0] / t[1];
            worst = Math.max(worst, ratio);
            System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", f.getFileName(), t[0] / 1e6, t[1] / 1e6, ratio);
        }
        System.out.printf(Locale.ROOT, "worst ratio %.3f (goal ≤ 1.000)%n", worst);
    }
}
