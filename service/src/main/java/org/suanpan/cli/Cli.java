package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.definition.DefinitionException;
import org.suanpan.definition.TemplateSource;
import org.suanpan.read.UnusableInputException;
import org.suanpan.rules.RuleSyntaxException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Dispatches the command line to its commands and keeps the promise made to scripts: exit 0 when no error, 1 when
 * errors were found, 2 when the input cannot be used — with a Chinese message on stderr and never a stack trace.
 */
public final class Cli {
    static final String USAGE = String.join("\n",
        "算盘（Suanpan）部门决算公开表审核",
        "用法：",
        "  " + CheckCommand.USAGE,
        "  " + AnnotateCommand.USAGE,
        "  " + FillCommand.USAGE,
        "  " + ExplainCommand.USAGE,
        "  " + TemplatesCommand.USAGE,
        "  " + BatchCommand.USAGE,
        "  " + ServeCommand.USAGE,
        "选项：",
        "  --templates 文件夹   使用自己修改过的表样和审核公式（默认使用内置的 templates/）",
        "退出码：0 没有错误；1 发现错误；2 输入无法使用。");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... argv) {
        List<String> words = Arrays.asList(argv);
        if (words.isEmpty() || words.get(0).equals("help") || words.get(0).equals("--help") || words.get(0).equals("-h")) {
            out.println(USAGE);
            return words.isEmpty() ? ExitCode.UNUSABLE : ExitCode.OK;
        }
        try {
            Args args = Args.parse(words.subList(1, words.size()), Set.of("annotate"));
            return switch (words.get(0)) {
                case "check" -> CheckCommand.run(args, engine(args), out);
                case "annotate" -> AnnotateCommand.run(args, engine(args), out);
                case "fill" -> FillCommand.run(args, engine(args), out);
                case "templates" -> TemplatesCommand.run(args, engine(args), out);
                case "explain" -> ExplainCommand.run(args, engine(args), out);
                case "batch" -> BatchCommand.run(args, engine(args), out, err);
                case "serve" -> ServeCommand.run(args, engine(args), out);
                default -> throw new UsageException("不认识的命令“" + words.get(0) + "”。\n" + USAGE);
            };
        } catch (UsageException | UnusableInputException | RuleSyntaxException | DefinitionException e) {
            err.println(e.getMessage());
            return ExitCode.UNUSABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        } catch (java.io.IOException e) {
            err.println("无法写出文件：" + e.getMessage() + "。请检查输出路径是否存在、是否有写入权限、文件是否正被 Excel 打开。");
            return ExitCode.UNUSABLE;
        } catch (RuntimeException | Error e) {
            err.println("处理时发生意外错误（" + e.getClass().getSimpleName() + "）。请把这个文件和这段话发给维护人员。");
            return ExitCode.UNUSABLE;
        }
    }

    private static Engine engine(Args args) {
        String dir = args.option("templates");
        return Engine.create(dir == null ? TemplateSource.configured() : TemplateSource.folder(Path.of(dir)));
    }

    static void rejectUnknown(Args args, Set<String> known) {
        for (String name : args.optionNames()) {
            if (!known.contains(name)) {
                throw new UsageException("不认识的选项 --" + name + "。");
            }
        }
    }
}
