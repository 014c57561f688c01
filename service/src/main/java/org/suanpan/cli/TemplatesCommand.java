package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.definition.Edition;
import org.suanpan.template.TemplateWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code templates [--edition 2023] -o OUT.xlsx}: the blank 公开01–09 workbook of an edition, drawn from its
 * definition. {@code templates --all DIR} writes every edition as DIR/EDITION.xlsx (how templates/blank/ is made).
 */
final class TemplatesCommand {
    static final String USAGE = "java -jar suanpan.jar templates [--edition 2023|2021] -o 空白模板.xlsx  或  templates --all 文件夹";

    private TemplatesCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) throws IOException {
        Cli.rejectUnknown(args, Set.of("edition", "output", "all", "templates"));
        TemplateWriter writer = new TemplateWriter();
        if (args.option("all") != null) {
            Path dir = Path.of(args.option("all"));
            for (Edition e : engine.editions().all()) {
                Path file = dir.resolve(e.id() + ".xlsx");
                writer.write(e, file);
                out.println("已生成 " + e.name() + "：" + file);
            }
            return ExitCode.OK;
        }
        Edition edition = args.option("edition") != null ? engine.editions().get(args.option("edition")) : engine.editions().newest();
        Path file = Path.of(args.option("output", edition.id() + ".xlsx"));
        writer.write(edition, file);
        out.println("已生成 " + edition.name() + "：" + file);
        return ExitCode.OK;
    }
}
