package org.suanpan.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.suanpan.Engine;
import org.suanpan.Version;
import org.suanpan.definition.Edition;
import org.suanpan.inspect.ChecklistItem;
import org.suanpan.report.JsonReport;
import org.suanpan.rules.Rule;
import org.suanpan.template.TemplateWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the service knows, for anyone to read: health, the rule catalogue, the blank templates, the OpenAPI file. */
final class CatalogueRoutes {
    /** What the rule catalogue gives as the “edition” of the 公开检查 checklist: it holds for every edition. */
    static final String INSPECTION = "公开检查";

    private final Engine engine;
    private final Map<String, byte[]> templates = new ConcurrentHashMap<>();
    private final String openApi;

    CatalogueRoutes(Engine engine) throws IOException {
        this.engine = engine;
        try (InputStream in = CatalogueRoutes.class.getResourceAsStream("/openapi.json")) {
            this.openApi = in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** “ok” only when the service can do its work: a work folder it cannot write fails every upload. */
    void health(Context ctx, java.nio.file.Path workDir) {
        ObjectNode n = JsonReport.mapper().createObjectNode();
        String problem = Folders.unwritable(workDir);
        n.put("status", problem == null ? "ok" : "error");
        n.put("version", Version.get());
        if (problem != null) {
            n.put("error", problem);
            ctx.status(503);
        }
        ctx.contentType("application/json; charset=utf-8").result(JsonReport.write(n));
    }

    void rules(Context ctx) {
        ArrayNode list = JsonReport.mapper().createArrayNode();
        for (Edition e : engine.editions().all()) {
            for (Rule r : engine.rules(e).rules()) {
                ObjectNode n = list.addObject();
                n.put("code", r.code());
                n.put("edition", e.id());
                n.put("severity", r.severity().code());
                n.put("formula", r.text());
                n.put("description", r.description());
            }
        }
        for (ChecklistItem item : engine.checklist().items()) {
            ObjectNode n = list.addObject();
            n.put("code", item.code());
            n.put("edition", INSPECTION);
            n.put("severity", item.severity().code());
            n.put("formula", "公开检查：" + item.kind() + (item.parameters().isEmpty() ? "" : "（" + String.join("；",
                item.parameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + "）"));
            n.put("description", item.description() + "（每处扣 " + item.perFinding().stripTrailingZeros().toPlainString() + " 分，最多扣 "
                + item.cap().stripTrailingZeros().toPlainString() + " 分）");
        }
        for (org.suanpan.rules.FindingCodes.Code c : engine.findingCodes()) {
            ObjectNode n = list.addObject();
            n.put("code", c.code());
            n.putNull("edition");
            n.put("severity", c.severity().code());
            n.put("source", c.source());
            n.putNull("formula");
            n.put("description", c.description());
        }
        ctx.contentType("application/json; charset=utf-8").result(JsonReport.write(list));
    }

    void template(Context ctx) throws IOException {
        String id = ctx.pathParam("edition").replaceFirst("(?i)\\.xlsx$", "");
        Edition edition = engine.editions().all().stream().filter(e -> e.id().equals(id)).findFirst()
            .orElseThrow(() -> new ApiException(404, "没有“" + id + "”版式的模板。可用的版式："
                + String.join("、", engine.editions().all().stream().map(Edition::id).toList()) + "。"));
        byte[] bytes = templates.computeIfAbsent(edition.id(), k -> build(edition));
        ctx.contentType(Downloads.XLSX);
        ctx.header("Content-Disposition", Downloads.disposition("部门决算公开表-" + edition.id() + "年版-空白模板.xlsx"));
        ctx.result(bytes);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApi);
    }

    private static byte[] build(Edition edition) {
        try (var wb = new TemplateWriter().build(edition); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
