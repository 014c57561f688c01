package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.report.JsonReport;
import org.suanpan.report.TextReport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/** {@code check WORKBOOK [--narrative FILE] [--format json|text]}: the report on stdout, the verdict in the exit code. */
final class CheckCommand {
    static final String USAGE = "java -jar suanpan.jar check 工作簿.xlsx [--narrative 情况说明.docx] [--format json|text]";

    private CheckCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) {
        if (args.positional().size() != 1) {
            throw new UsageException("check 需要且只需要一个工作簿文件。用法：" + USAGE);
        }
        Cli.rejectUnknown(args, Set.of("narrative", "format", "templates", "prior"));
        String format = args.option("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format 只能是 json 或 text。");
        }
        if (args.option("narrative") != null || args.option("prior") != null) {
            throw new UsageException("审核情况说明（--narrative、--prior）的功能尚未提供。请先不带 --narrative 审核工作簿。");
        }
        Path file = Path.of(args.positional().get(0));
        CheckResult result = engine.check(file, file.getFileName().toString());
        out.print(format.equals("text") ? TextReport.of(result) : JsonReport.toJson(result) + "\n");
        out.flush();
        return result.valid() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
