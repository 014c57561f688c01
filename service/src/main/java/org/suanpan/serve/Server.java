package org.suanpan.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suanpan.Engine;
import org.suanpan.definition.DefinitionException;
import org.suanpan.read.UnusableInputException;
import org.suanpan.report.JsonReport;
import org.suanpan.rules.RuleSyntaxException;

import java.io.IOException;
import java.util.List;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP service: the JSON API under /api, the web page at /, the add-ins at /addin/wps/ and /addin/office/. Every failure reaches
 * the caller as a 4xx or 5xx with {"error": "<Chinese message saying what to do>"}; none stops the service.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);
    private static final String ERROR_SENT = "suanpan.error";

    private final Javalin app;
    private final ExecutorService requests;
    private final FairPool batchWorkers;
    private final Batches batches;

    private final EventStreams events;

    private Server(Javalin app, ExecutorService requests, FairPool batchWorkers, Batches batches, EventStreams events) {
        this.events = events;
        this.app = app;
        this.requests = requests;
        this.batchWorkers = batchWorkers;
        this.batches = batches;
    }

    public static Server start(ServeConfig config) throws IOException {
        return start(config, Engine.create());
    }

    public static Server start(ServeConfig config, Engine engine) throws IOException {
        Files.createDirectories(config.workDir());
        // what an earlier run left when it was killed mid-request: uploads, multipart caches, POI's temporary files
        for (String leftovers : List.of("requests", "uploads", "tmp")) {
            Folders.emptyQuietly(config.workDir().resolve(leftovers));
        }
        // POI writes temporary files of its own (SXSSF, large packages) to java.io.tmpdir unless told otherwise: keep
        // them inside the work folder with everything else the service writes.
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(
            new org.apache.poi.util.DefaultTempFileCreationStrategy(Files.createDirectories(config.workDir().resolve("tmp")).toFile()));
        // Interactive requests and batch files get pools of their own, so a batch of 500 never queues a user's click.
        ExecutorService requests = Executors.newFixedThreadPool(config.threads(), named("suanpan-request"));
        FairPool batchWorkers = new FairPool(config.threads(), named("suanpan-batch-file"));
        Batches batches = new Batches(engine, batchWorkers, config.workDir(), config);
        WorkbookRoutes workbooks = new WorkbookRoutes(engine, config, new Deadline(requests, config.requestTimeout()));
        EventStreams events = new EventStreams();
        BatchRoutes batchRoutes = new BatchRoutes(batches, config, events);
        CatalogueRoutes catalogue = new CatalogueRoutes(engine);
        long zipLimit = config.maxFileBytes() * 25;

        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jetty.defaultHost = config.host();
            cfg.jetty.multipartConfig.cacheDirectory(config.workDir().resolve("uploads").toString());
            cfg.jetty.multipartConfig.maxFileSize(zipLimit, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(zipLimit, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            cfg.http.defaultContentType = "application/json; charset=utf-8";
            if (!config.corsOrigins().isEmpty()) {
                cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    if (config.corsOrigins().contains("*")) {
                        rule.anyHost();
                    } else {
                        rule.allowHost(config.corsOrigins().get(0), config.corsOrigins().subList(1, config.corsOrigins().size()).toArray(String[]::new));
                    }
                    for (String h : List.of("Content-Disposition", "X-Suanpan-Errors", "X-Suanpan-Warnings", "X-Suanpan-Filled")) {
                        rule.exposeHeader(h);
                    }
                }));
            }
            if (Server.class.getResource("/web/index.html") != null) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers = Headers.staticHeaders("/");
                    utf8(sf);
                });
            }
            for (String addin : List.of("/addin/wps", "/addin/office")) {
                if (Server.class.getResource(addin) != null) {
                    cfg.staticFiles.add(sf -> {
                        sf.hostedPath = addin;
                        sf.directory = addin;
                        sf.location = Location.CLASSPATH;
                        sf.headers = Headers.staticHeaders(addin);
                        utf8(sf);
                    });
                }
            }
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", Headers.NOSNIFF);
            ctx.header("Content-Security-Policy", Headers.policyFor(ctx.path()));
            guard(ctx, config);
        });
        app.get("/api/health", ctx -> catalogue.health(ctx, config.workDir()));
        app.get("/api/rules", catalogue::rules);
        app.get("/api/templates/{edition}", catalogue::template);
        app.get("/openapi.json", catalogue::openApi);
        app.post("/api/check", workbooks::check);
        app.post("/api/annotate", workbooks::annotate);
        app.post("/api/report", workbooks::report);
        app.post("/api/fill", workbooks::fill);
        app.post("/api/explain", workbooks::explain);
        app.post("/api/batches", batchRoutes::create);
        app.get("/api/batches/{id}", batchRoutes::status);
        app.get("/api/batches/{id}/events", batchRoutes::events);
        app.get("/api/batches/{id}/summary.json", batchRoutes::summaryJson);
        app.get("/api/batches/{id}/summary.xlsx", batchRoutes::summaryXlsx);
        app.get("/api/batches/{id}/results.zip", batchRoutes::resultsZip);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(UnusableInputException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
        app.exception(org.suanpan.Cancel.Cancelled.class, (e, ctx) -> error(ctx, 503, "服务正在关闭或处理被停止，请稍后再试。"));
        app.exception(DefinitionException.class, (e, ctx) -> error(ctx, 500, "服务的表样或审核公式有误：" + e.getMessage()));
        app.exception(RuleSyntaxException.class, (e, ctx) -> error(ctx, 500, "服务的审核公式有误：" + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "处理时发生意外错误（" + e.getClass().getSimpleName() + "）。请稍后重试；如果再次出现，请把文件发给维护人员。");
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_SENT) == null) {
                error(ctx, 404, "没有这个接口：" + ctx.method() + " " + ctx.path() + "。接口列表见 /openapi.json。");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "这个接口不支持 " + ctx.method() + "。接口列表见 /openapi.json。"));
        app.start(config.port());
        LOG.info("算盘服务已启动：http://{}:{}/ （工作目录 {}）", "0.0.0.0".equals(config.host()) ? "127.0.0.1" : config.host(),
            app.port(), config.workDir());
        return new Server(app, requests, batchWorkers, batches, events);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        batches.close();
        events.close();
        requests.shutdownNow();
        batchWorkers.close();
    }

    /**
     * The bearer token, when one is configured, guards the batch endpoints. Only in the Authorization header — a token
     * in a URL lands in logs and browser history — except on the event stream, which a browser's EventSource opens
     * without headers.
     */
    private static void guard(Context ctx, ServeConfig config) {
        if (config.token() == null || !ctx.path().startsWith("/api/batches") || ctx.method() == io.javalin.http.HandlerType.OPTIONS) {
            return;
        }
        String header = ctx.header("Authorization");
        boolean eventStream = ctx.method() == io.javalin.http.HandlerType.GET && ctx.path().endsWith("/events");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip()
            : eventStream ? ctx.queryParam("token") : null;
        if (given == null || !java.security.MessageDigest.isEqual(given.getBytes(), config.token().getBytes())) {
            throw new ApiException(401, "批量审核需要访问令牌。请在请求头加上 Authorization: Bearer <令牌>（令牌向服务管理员索取）。");
        }
    }

    private static void error(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.status(status).contentType("application/json; charset=utf-8")
            .result(JsonReport.write(JsonReport.mapper().createObjectNode().put("error", message)));
    }

    /** Pages, scripts and styles say their charset: without it Jetty wrote “charset=null”. */
    private static void utf8(io.javalin.http.staticfiles.StaticFileConfig sf) {
        sf.mimeTypes.add("text/html; charset=utf-8", "html", "htm");
        sf.mimeTypes.add("text/javascript; charset=utf-8", "js");
        sf.mimeTypes.add("text/css; charset=utf-8", "css");
        sf.mimeTypes.add("application/json; charset=utf-8", "json");
        sf.mimeTypes.add("application/xml; charset=utf-8", "xml");
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
