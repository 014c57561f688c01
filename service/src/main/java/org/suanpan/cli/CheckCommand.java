package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.check.CheckResult;
import org.suanpan.report.JsonReport;
import org.suanpan.report.TextReport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code check [WORKBOOK] [--narrative FILE] [--prior PRIOR_WORKBOOK] [--budget BUDGET_WORKBOOK] [--format json|text]}: the
 * report on stdout, the verdict in the exit code. Without a workbook the 情况说明 is checked against itself; with
 * {@code --budget} the 决算 is also checked against the same department's 部门预算.
 */
final class CheckCommand {
    static final String USAGE = "java -jar suanpan.jar check [工作簿.xlsx] [--narrative 情况说明.docx] [--prior 上年工作簿.xlsx] [--budget 部门预算.xlsx] [--format json|text]";

    private CheckCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) {
        Cli.rejectUnknown(args, Set.of("narrative", "format", "templates", "prior", "budget"));
        String format = args.option("format", "json");
        if (!format.equals("json") && !format.equals("text")) {
            throw new UsageException("--format 只能是 json 或 text。");
        }
        CheckResult result = checkAll(args, engine, USAGE);
        out.print(format.equals("text") ? TextReport.of(result) : JsonReport.toJson(result) + "\n");
        out.flush();
        return result.valid() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /** The workbook (if named) checked, with the 情况说明 and last year's workbook when given. */
    static CheckResult checkAll(Args args, Engine engine, String usage) {
        if (args.positional().size() > 1) {
            throw new UsageException("只能给一个工作簿文件。用法：" + usage);
        }
        String narrative = args.option("narrative");
        if (args.positional().isEmpty() && narrative == null) {
            throw new UsageException("请给出要审核的工作簿，或用 --narrative 给出情况说明。用法：" + usage);
        }
        Path prior = args.option("prior") == null ? null : Path.of(args.option("prior"));
        Path narrativeFile = narrative == null ? null : Path.of(narrative);
        Path file = args.positional().isEmpty() ? null : Path.of(args.positional().get(0));
        Path budget = args.option("budget") == null ? null : Path.of(args.option("budget"));
        if (budget != null && file == null) {
            throw new UsageException("--budget 要和决算工作簿一起用：check 决算.xlsx --budget 部门预算.xlsx");
        }
        return engine.checkAll(file, name(file), narrativeFile, name(narrativeFile), prior, name(prior), budget, name(budget));
    }

    private static String name(Path p) {
        return p == null ? null : p.getFileName().toString();
    }
}
