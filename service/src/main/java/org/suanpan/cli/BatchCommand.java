package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.batch.BatchInputs;
import org.suanpan.batch.BatchRun;
import org.suanpan.batch.BatchSummary;
import org.suanpan.batch.Ratios;
import org.suanpan.batch.SummaryJson;
import org.suanpan.batch.SummaryWorkbook;
import org.suanpan.read.UnusableInputException;
import org.suanpan.report.JsonReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code batch DIR_OR_ZIP -o OUTDIR [--annotate]}: every workbook of a folder or a .zip checked on all cores, with
 * a progress bar; writes summary.xlsx and summary.json (and the annotated copies under 审核后/ with --annotate).
 * Exits 1 when any workbook has errors or could not be checked.
 */
final class BatchCommand {
    static final String USAGE = "java -jar suanpan.jar batch 文件夹或压缩包.zip -o 输出文件夹 [--annotate] [--threads N]";
    static final int MAX_FILES = 100_000;

    private BatchCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        if (args.positional().size() != 1 || args.option("output") == null) {
            throw new UsageException("batch 需要一个文件夹或压缩包，以及 -o 输出文件夹。用法：" + USAGE);
        }
        Cli.rejectUnknown(args, Set.of("output", "annotate", "templates", "threads"));
        Path input = Path.of(args.positional().get(0));
        Path outDir = Path.of(args.option("output"));
        Files.createDirectories(outDir);
        List<BatchInputs.Input> files;
        if (Files.isDirectory(input)) {
            Path root = input;
            List<BatchInputs.Input> all = new java.util.ArrayList<>(BatchInputs.inFolder(input, MAX_FILES).stream()
                .map(f -> new BatchInputs.Input(f, BatchRun.relative(root, f))).toList());
            all.addAll(BatchInputs.textsInFolder(input));
            files = all;
        } else if (Files.isRegularFile(input) && BatchInputs.isZip(input.getFileName().toString())) {
            Path root = Files.createTempDirectory("suanpan-batch");
            files = BatchInputs.fromZip(input, null, root, new BatchInputs.Limits(MAX_FILES, 1L << 30, 20L << 30, null));
        } else {
            throw new UnusableInputException("找不到文件夹或 .zip 压缩包：" + input + "。请给出放着各部门工作簿的文件夹，或它们的压缩包。");
        }
        if (BatchInputs.workbooks(files).isEmpty()) {
            throw new UnusableInputException("“" + input + "”里没有工作簿（.xlsx、.xls）。");
        }
        int threads = Integer.parseInt(args.option("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        BatchSummary summary;
        try {
            summary = new BatchRun(engine, Ratios.load(engine.editions().source()), pool)
                .run(files, args.flag("annotate") ? outDir.resolve("审核后") : null, (done, total, row) -> bar.update(done, total, row.file()), null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        SummaryWorkbook.write(summary, outDir.resolve("summary.xlsx"));
        Files.writeString(outDir.resolve("summary.json"), JsonReport.write(SummaryJson.of(summary, true)));
        out.println("已审核 " + summary.rows().size() + " 个工作簿：错误 " + summary.errors() + " 个，警告 " + summary.warnings()
            + " 个，无法审核 " + summary.failed() + " 个，部门间比较提示 " + summary.outliers().size() + " 条。汇总："
            + outDir.resolve("summary.xlsx"));
        return summary.errors() == 0 && summary.failed() == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
