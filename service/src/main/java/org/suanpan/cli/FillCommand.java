package org.suanpan.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.suanpan.Engine;
import org.suanpan.definition.Severity;
import org.suanpan.fill.FillPlan;
import org.suanpan.fill.FillWriter;
import org.suanpan.fill.Filler;
import org.suanpan.fill.FilledCell;
import org.suanpan.read.Book;
import org.suanpan.report.JsonReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code fill WORKBOOK -o OUT}: writes every blank cell the relations determine and prints the filled cells as JSON.
 * Exits 0 when the filled workbook has no error, 1 when typed values still disagree (they are listed as conflicts).
 */
final class FillCommand {
    static final String USAGE = "java -jar suanpan.jar fill 工作簿.xlsx -o 填充后.xlsx";

    private FillCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) throws IOException {
        if (args.positional().size() != 1) {
            throw new UsageException("fill 需要且只需要一个工作簿文件。用法：" + USAGE);
        }
        Cli.rejectUnknown(args, Set.of("output", "templates"));
        Path input = Path.of(args.positional().get(0));
        Book book = engine.read(input, input.getFileName().toString());
        Path output = args.option("output") != null ? Path.of(args.option("output")) : Outputs.besides(input, "-填充", book.format());
        FillPlan plan = new Filler(engine).plan(book);
        new FillWriter().write(input, book.format(), plan.filled(), output);
        out.println(json(book, output, plan));
        return plan.after().valid() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    static String json(Book book, Path output, FillPlan plan) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("file", book.fileName());
        root.put("output", output.toString());
        ArrayNode filled = root.putArray("filled");
        for (FilledCell f : plan.filled()) {
            ObjectNode n = filled.addObject();
            n.put("table", f.table());
            n.put("sheet", f.sheet());
            n.put("cell", f.address());
            n.put("value", f.value());
            n.put("rule", f.rule());
        }
        root.put("errors", plan.after().count(Severity.ERROR));
        ArrayNode conflicts = root.putArray("conflicts");
        plan.after().findings().stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> conflicts.add(JsonReport.finding(f)));
        return JsonReport.write(root);
    }
}
