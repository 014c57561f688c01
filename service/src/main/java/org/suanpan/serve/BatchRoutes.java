package org.suanpan.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import org.suanpan.batch.BatchInputs;
import org.suanpan.batch.BatchSummary;
import org.suanpan.batch.SummaryJson;
import org.suanpan.read.UnusableInputException;
import org.suanpan.report.JsonReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The batch endpoints: start a batch from many workbooks or a .zip, follow it, download its summary and results. */
final class BatchRoutes {
    private final Batches batches;
    private final ServeConfig config;
    private final EventStreams events;

    BatchRoutes(Batches batches, ServeConfig config, EventStreams events) {
        this.batches = batches;
        this.config = config;
        this.events = events;
    }

    void create(Context ctx) throws IOException {
        batches.admit();
        List<UploadedFile> parts = new ArrayList<>(Multipart.files(ctx, "workbook"));
        // Clients that can send only ASCII part names (VBA) give the real names as `filename` fields, in part order.
        List<String> realNames = Multipart.fields(ctx, "filename");
        int workbookParts = parts.size();
        parts.addAll(Multipart.files(ctx, "zip"));
        parts.addAll(Multipart.files(ctx, "workbooks"));
        if (parts.isEmpty()) {
            throw new ApiException(400, "请上传要批量审核的工作簿（字段名 workbook，可以多个）或它们的 .zip 压缩包。");
        }
        if (parts.size() > config.maxBatchFiles()) {
            throw new ApiException(413, "一批最多 " + config.maxBatchFiles() + " 个文件，这次上传了 " + parts.size() + " 个。请分成几批提交。");
        }
        String id = Batches.newId();
        Path input = batches.newFolder(id);
        Instant deadline = batches.deadline();
        List<BatchInputs.Input> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long zips = parts.stream().filter(p -> BatchInputs.isZip(p.filename())).count();
        try {
            for (int i = 0; i < parts.size(); i++) {
                UploadedFile part = parts.get(i);
                String name = RequestFiles.displayName(realNames.size() == workbookParts && i < workbookParts && !realNames.get(i).isBlank()
                    ? realNames.get(i) : part.filename());
                if (part.size() > config.maxFileBytes() && !BatchInputs.isZip(name)) {
                    throw new ApiException(413, "文件“" + name + "”超过了每个文件 " + (config.maxFileBytes() >> 20) + " MB 的上限。");
                }
                if (BatchInputs.isZip(name)) {
                    // on disk first: the zip is read from its directory, so entries that are no workbook are never inflated
                    Path zip = input.resolve("upload-" + i + ".zip");
                    try (InputStream in = part.content()) {
                        Files.copy(in, zip, StandardCopyOption.REPLACE_EXISTING);
                    }
                    long used = 0;
                    for (BatchInputs.Input f : files) {
                        used += Files.size(f.file());
                    }
                    BatchInputs.Limits limits = new BatchInputs.Limits(config.maxBatchFiles() - BatchInputs.workbooks(files).size(), config.maxFileBytes(),
                        maxInflated() - used, deadline);
                    for (BatchInputs.Input f : BatchInputs.fromZip(zip, parts.size() > 1 || zips > 1 ? name : null, input.resolve("z" + i), limits)) {
                        files.add(new BatchInputs.Input(f.file(), unique(names, f.name())));
                    }
                    Files.deleteIfExists(zip);
                } else if (BatchInputs.isWorkbookName(name)) {
                    Path target = input.resolve("f" + (i + 1) + BatchInputs.extension(name));
                    try (InputStream in = part.content()) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    files.add(new BatchInputs.Input(target, unique(names, name)));
                }
                if (BatchInputs.workbooks(files).size() > config.maxBatchFiles()) {
                    throw new ApiException(413, "一批最多 " + config.maxBatchFiles() + " 个工作簿。请分成几批提交。");
                }
            }
        } catch (UnusableInputException e) {
            Folders.deleteQuietly(input.getParent());
            throw new ApiException(422, e.getMessage());
        } catch (RuntimeException | IOException e) {
            Folders.deleteQuietly(input.getParent());
            throw e;
        }
        if (BatchInputs.workbooks(files).isEmpty()) {
            Folders.deleteQuietly(input.getParent());
            throw new ApiException(422, "上传的文件里没有工作簿（.xlsx、.xlsm、.xls）。");
        }
        batches.start(id, files, input, !"false".equals(ctx.queryParam("annotate")), deadline);
        ObjectNode body = JsonReport.mapper().createObjectNode();
        body.put("id", id);
        body.put("total", BatchInputs.workbooks(files).size());
        ctx.status(202).contentType("application/json; charset=utf-8").result(JsonReport.write(body));
    }

    /** What the workbooks of one batch may inflate to in all: a hundred times the limit of one file (2 GB by default). */
    private long maxInflated() {
        return config.maxFileBytes() * 100;
    }

    /** Two uploads both called 决算公开表.xlsx stay two rows: the second is shown as 决算公开表 (2).xlsx. */
    static String unique(Set<String> taken, String name) {
        if (taken.add(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        String stem = dot > slash ? name.substring(0, dot) : name;
        String ext = dot > slash ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = stem + " (" + n + ")" + ext;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    void status(Context ctx) {
        Batch b = batch(ctx);
        ctx.contentType("application/json; charset=utf-8").result(JsonReport.write(stateJson(b.state(), b.failure())));
    }

    /**
     * Server-Sent Events written by hand rather than through Javalin's SSE support, which answers only requests whose
     * Accept header is exactly text/event-stream: curl and PowerShell clients should not need to know that. The request
     * is held asynchronously — no server thread waits with it — and {@link EventStreams} writes each change.
     */
    void events(Context ctx) {
        Batch b = batch(ctx);
        events.open(ctx, b);
    }

    void summaryJson(Context ctx) {
        Batch b = batch(ctx);
        BatchSummary s = finished(b);
        // the desk on the page asks for each workbook's findings, to show them when a department is clicked
        ObjectNode json = SummaryJson.of(s, "true".equals(ctx.queryParam("findings")));
        json.put("id", b.id());
        json.put("status", b.state().status());
        ctx.contentType("application/json; charset=utf-8").result(JsonReport.write(json));
    }

    void summaryXlsx(Context ctx) throws IOException {
        Batch b = batch(ctx);
        finished(b);
        Downloads.send(ctx, b.folder().resolve("summary.xlsx"), "决算审核汇总.xlsx");
    }

    void resultsZip(Context ctx) throws IOException {
        Batch b = batch(ctx);
        finished(b);
        Path results = b.folder().resolve("results");
        ctx.contentType(Downloads.ZIP);
        ctx.header("Content-Disposition", Downloads.disposition("决算审核结果.zip"));
        try (ZipOutputStream zip = new ZipOutputStream(ctx.outputStream())) {
            add(zip, b.folder().resolve("summary.xlsx"), "决算审核汇总.xlsx");
            if (Files.isDirectory(results)) {
                try (Stream<Path> walk = Files.walk(results)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                        add(zip, p, "审核后/" + results.relativize(p).toString().replace('\\', '/'));
                    }
                }
            }
        }
    }

    private static void add(ZipOutputStream zip, Path file, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    private Batch batch(Context ctx) {
        String id = ctx.pathParam("id");
        return batches.get(id).orElseThrow(() -> new ApiException(404,
            "找不到批次“" + id + "”。批次在完成 " + config.retention().toHours() + " 小时后删除；请重新提交。"));
    }

    private static BatchSummary finished(Batch b) {
        BatchSummary s = b.summary();
        if (s == null) {
            throw new ApiException(409, "failed".equals(b.state().status()) ? b.failure() : "批次还在审核中（已完成 " + b.state().done() + "/"
                + b.state().total() + "）。请等它完成后再下载。");
        }
        return s;
    }

    static ObjectNode stateJson(Batch.State s, String failure) {
        ObjectNode n = JsonReport.mapper().createObjectNode();
        n.put("id", s.id());
        n.put("status", s.status());
        n.put("done", s.done());
        n.put("total", s.total());
        n.put("errors", s.errors());
        n.put("warnings", s.warnings());
        n.put("failed", s.failed());
        n.put("file", s.file());
        if (failure != null) {
            n.put("error", failure);
        }
        return n;
    }
}
