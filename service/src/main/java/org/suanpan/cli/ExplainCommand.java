package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.explain.DraftWriter;
import org.suanpan.recognise.Recognition;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code explain WORKBOOK [--prior PRIOR_WORKBOOK] -o OUT.docx}: the 情况说明 draft, sections 一 to 九 written from the
 * tables with their four charts, 十 to 十三 and every 主要原因 left for the department to fill in.
 */
final class ExplainCommand {
    static final String USAGE = "java -jar suanpan.jar explain 工作簿.xlsx [--prior 上年工作簿.xlsx] -o 情况说明.docx";

    private ExplainCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) throws IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("explain 需要且只需要一个工作簿文件。用法：" + USAGE);
        }
        Cli.rejectUnknown(args, Set.of("output", "prior", "templates"));
        Path input = Path.of(args.positional().get(0));
        Recognition current = engine.recognise(engine.read(input, input.getFileName().toString()));
        Recognition prior = null;
        if (args.option("prior") != null) {
            Path p = Path.of(args.option("prior"));
            prior = engine.prior(p, p.getFileName().toString(), current);
        }
        Path output = args.option("output") != null ? Path.of(args.option("output")) : Outputs.besides(input, "-情况说明", "docx");
        new DraftWriter().write(current, prior, output);
        out.println("已写出情况说明草稿：" + output + (prior == null ? "（未提供上年工作簿，增减变化留待填写）" : ""));
        return ExitCode.OK;
    }
}
