package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.check.CheckResult;
import org.suanpan.read.Book;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code annotate WORKBOOK -o OUT}: the checked workbook with faulty cells marked and explained, plus a 审核结果 sheet.
 * Exits like {@code check}: 0 without errors, 1 with errors (the annotated copy is written either way).
 */
final class AnnotateCommand {
    static final String USAGE = "java -jar suanpan.jar annotate 工作簿.xlsx [--narrative 情况说明.docx] [--prior 上年工作簿.xlsx] -o 审核后.xlsx";

    private AnnotateCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) throws IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("annotate 需要且只需要一个工作簿文件。用法：" + USAGE);
        }
        Cli.rejectUnknown(args, Set.of("output", "templates", "narrative", "prior", "budget"));
        Path input = Path.of(args.positional().get(0));
        CheckResult result = CheckCommand.checkAll(args, engine, USAGE);
        Book book = result.recognition().book();
        Path output = args.option("output") != null ? Path.of(args.option("output")) : Outputs.besides(input, "-审核", book.format());
        Annotator.Result written = new Annotator().annotate(input, result, output);
        out.println("已写出批注后的工作簿：" + written.output() + "（标记 " + written.markedCells() + " 个单元格，列出 "
            + written.findings() + " 条审核结果）");
        return result.valid() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
