package org.suanpan.serve;

import io.javalin.http.Context;
import org.suanpan.Engine;
import org.suanpan.annotate.Annotator;
import org.suanpan.check.CheckResult;
import org.suanpan.definition.Severity;
import org.suanpan.explain.DraftWriter;
import org.suanpan.fill.FillPlan;
import org.suanpan.fill.FillWriter;
import org.suanpan.fill.Filler;
import org.suanpan.read.Book;
import org.suanpan.recognise.Recognition;
import org.suanpan.report.JsonReport;
import org.suanpan.text.FileNames;

import java.nio.file.Path;
import java.util.Optional;

/** POST /api/check, /api/annotate, /api/fill and /api/explain: one workbook in, a report or a file out. */
final class WorkbookRoutes {
    private final Engine engine;
    private final ServeConfig config;
    private final Deadline deadline;

    WorkbookRoutes(Engine engine, ServeConfig config, Deadline deadline) {
        this.engine = engine;
        this.config = config;
        this.deadline = deadline;
    }

    void check(Context ctx) throws Exception {
        try (RequestFiles files = files(ctx)) {
            Inputs in = inputs(files, true);
            CheckResult result = deadline.run(() -> checked(in));
            ctx.contentType("application/json; charset=utf-8");
            ctx.result(JsonReport.toJson(result));
        }
    }

    void annotate(Context ctx) throws Exception {
        try (RequestFiles files = files(ctx)) {
            Inputs in = inputs(files, false);
            Path out = files.folder().resolve("annotated");
            CheckResult result = deadline.run(() -> {
                CheckResult r = checked(in);
                new Annotator().annotate(in.workbook().path(), r, out);
                return r;
            });
            ctx.header("X-Suanpan-Errors", String.valueOf(result.count(Severity.ERROR)));
            ctx.header("X-Suanpan-Warnings", String.valueOf(result.count(Severity.WARNING)));
            Downloads.send(ctx, out, FileNames.withSuffix(in.workbook().name(), "-审核",
                result.recognition().book().format().extensionFor(in.workbook().name())));
        }
    }

    /** POST /api/report: the 审核报告 of a check as an A4 workbook to print, with 审核人 and 日期 lines. */
    void report(Context ctx) throws Exception {
        try (RequestFiles files = files(ctx)) {
            Inputs in = inputs(files, false);
            Path out = files.folder().resolve("report.xlsx");
            CheckResult result = deadline.run(() -> {
                CheckResult r = checked(in);
                new Annotator().report(r, out);
                return r;
            });
            ctx.header("X-Suanpan-Errors", String.valueOf(result.count(Severity.ERROR)));
            ctx.header("X-Suanpan-Warnings", String.valueOf(result.count(Severity.WARNING)));
            Downloads.send(ctx, out, FileNames.withSuffix(in.workbook().name(), "-审核报告", "xlsx"));
        }
    }

    void fill(Context ctx) throws Exception {
        try (RequestFiles files = files(ctx)) {
            Upload workbook = files.required("workbook", "要填充的决算公开表");
            Path out = files.folder().resolve("filled");
            FillPlan plan = deadline.run(() -> {
                Book book = engine.read(workbook.path(), workbook.name());
                FillPlan p = new Filler(engine).plan(book);
                new FillWriter().write(workbook.path(), book.format(), p.filled(), out);
                return p;
            });
            ctx.header("X-Suanpan-Filled", String.valueOf(plan.filled().size()));
            ctx.header("X-Suanpan-Errors", String.valueOf(plan.after().count(Severity.ERROR)));
            Downloads.send(ctx, out, FileNames.withSuffix(workbook.name(), "-填充",
                plan.after().recognition().book().format().extensionFor(workbook.name())));
        }
    }

    void explain(Context ctx) throws Exception {
        try (RequestFiles files = files(ctx)) {
            Upload workbook = files.required("workbook", "要写说明的决算公开表");
            Optional<Upload> prior = files.optional("prior");
            Path out = files.folder().resolve("draft.docx");
            deadline.run(() -> {
                Recognition current = engine.recognise(engine.read(workbook.path(), workbook.name()));
                Recognition last = prior.map(p -> engine.prior(p.path(), p.name(), current)).orElse(null);
                new DraftWriter().write(current, last, out);
                return null;
            });
            Downloads.send(ctx, out, FileNames.withSuffix(workbook.name(), "-情况说明", "docx"));
        }
    }

    private RequestFiles files(Context ctx) throws java.io.IOException {
        return new RequestFiles(ctx, config.workDir(), config.maxFileBytes());
    }

    /** The parts a check reads: the workbook (optional for a check when a 情况说明 is given), 情况说明, last year's workbook. */
    private record Inputs(Upload workbook, Upload narrative, Upload prior, Upload budget) {
    }

    private static Inputs inputs(RequestFiles files, boolean workbookOptional) throws java.io.IOException {
        Optional<Upload> workbook = files.optional("workbook");
        Optional<Upload> narrative = files.optional("narrative");
        if (workbook.isEmpty() && (!workbookOptional || narrative.isEmpty())) {
            throw new ApiException(400, "请求里缺少“workbook”文件（要审核的决算公开表）。请用 multipart/form-data 上传，字段名为 workbook"
                + (workbookOptional ? "；只审核情况说明时请给出 narrative。" : "。"));
        }
        return new Inputs(workbook.orElse(null), narrative.orElse(null), files.optional("prior").orElse(null),
            files.optional("budget").orElse(null));
    }

    private CheckResult checked(Inputs in) {
        return engine.checkAll(path(in.workbook()), name(in.workbook()), path(in.narrative()), name(in.narrative()), path(in.prior()),
            name(in.prior()), path(in.budget()), name(in.budget()));
    }

    private static Path path(Upload u) {
        return u == null ? null : u.path();
    }

    private static String name(Upload u) {
        return u == null ? null : u.name();
    }
}
