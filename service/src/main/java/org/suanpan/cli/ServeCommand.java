package org.suanpan.cli;

import org.suanpan.Engine;
import org.suanpan.serve.ServeConfig;
import org.suanpan.serve.Server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * {@code serve [--port 7070] [--work DIR] …}: the HTTP service with the web page, until the process is stopped.
 * Options override the SUANPAN_* environment variables, which override the defaults.
 */
final class ServeCommand {
    static final String USAGE = "java -jar suanpan.jar serve [--port 7070] [--host 0.0.0.0] [--work 工作目录] [--max-file-mb 20] "
        + "[--max-batch-files 500] [--timeout-seconds 120] [--retention-hours 24] [--cors *|none|来源,…] [--max-batches 20] "
        + "[--batch-timeout-minutes 120]";

    private ServeCommand() {
    }

    static int run(Args args, Engine engine, PrintStream out) throws IOException, InterruptedException {
        Cli.rejectUnknown(args, Set.of("port", "host", "work", "max-file-mb", "max-batch-files", "timeout-seconds", "retention-hours",
            "templates", "threads", "cors", "max-batches", "batch-timeout-minutes"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("serve 不需要文件参数。用法：" + USAGE);
        }
        ServeConfig c = ServeConfig.fromEnvironment();
        try {
            if (args.option("port") != null) c = c.withPort(Integer.parseInt(args.option("port")));
            if (args.option("host") != null) c = c.withHost(args.option("host"));
            if (args.option("work") != null) c = c.withWorkDir(Path.of(args.option("work")));
            if (args.option("max-file-mb") != null) c = c.withMaxFileBytes(Long.parseLong(args.option("max-file-mb")) << 20);
            if (args.option("max-batch-files") != null) c = c.withMaxBatchFiles(Integer.parseInt(args.option("max-batch-files")));
            if (args.option("timeout-seconds") != null) c = c.withRequestTimeout(Duration.ofSeconds(Long.parseLong(args.option("timeout-seconds"))));
            if (args.option("retention-hours") != null) c = c.withRetention(Duration.ofHours(Long.parseLong(args.option("retention-hours"))));
            if (args.option("threads") != null) c = c.withThreads(Integer.parseInt(args.option("threads")));
            if (args.option("cors") != null) c = c.withCorsOrigins(ServeConfig.origins(args.option("cors")));
            if (args.option("max-batches") != null) c = c.withMaxBatches(Integer.parseInt(args.option("max-batches")));
            if (args.option("batch-timeout-minutes") != null) {
                c = c.withBatchTimeout(Duration.ofMinutes(Long.parseLong(args.option("batch-timeout-minutes"))));
            }
        } catch (NumberFormatException e) {
            throw new UsageException("选项的取值应是整数：" + e.getMessage() + "。用法：" + USAGE);
        }
        Server server;
        try {
            server = Server.start(c, engine);
        } catch (RuntimeException e) {
            throw new UsageException("无法在端口 " + c.port() + " 启动服务（" + e.getMessage() + "）。端口可能已被占用，请用 --port 换一个。");
        }
        out.println("算盘服务已启动：http://127.0.0.1:" + server.port() + "/ （按 Ctrl+C 停止）");
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
        return ExitCode.OK;
    }
}
