package org.suanpan.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.suanpan.batch.Profile;
import org.suanpan.check.CheckResult;
import org.suanpan.check.Finding;
import org.suanpan.definition.Edition;
import org.suanpan.definition.Severity;
import org.suanpan.inspect.Inspection;
import org.suanpan.narrative.Coverage;
import org.suanpan.recognise.RecognisedTable;

/**
 * The machine-readable report: file, edition, the tables found, counts and every finding with its rule code, cells,
 * both sides and the difference. The same document the REST API returns.
 */
public final class JsonReport {
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    public static ObjectNode of(CheckResult result) {
        ObjectNode root = JSON.createObjectNode();
        Edition edition = result.recognition() == null ? null : result.recognition().edition();
        root.put("file", result.fileName());
        root.put("edition", edition == null ? null : edition.id());
        root.put("editionName", edition == null ? null : edition.name());
        root.put("ruleSet", result.rules() == null ? null : result.rules().version());
        if (result.narrative() != null) {
            root.put("narrative", result.narrative());
        }
        root.put("valid", result.valid());
        if (result.recognition() != null) {
            Profile profile = Profile.of(result.recognition());
            root.put("department", profile.department());
            root.put("year", profile.year());
        }
        root.set("summary", summary(Summary.of(result)));
        ArrayNode tables = root.putArray("tables");
        for (RecognisedTable t : result.recognition() == null ? java.util.List.<RecognisedTable>of() : result.recognition().tables().values()) {
            ObjectNode n = tables.addObject();
            n.put("id", t.id());
            n.put("label", edition.label(t.id()));
            n.put("title", t.def().title());
            n.put("sheet", t.sheet());
            n.put("titleText", t.titleText());
            n.put("rows", t.rows().size());
        }
        ObjectNode stats = root.putObject("stats");
        stats.put("rules", result.rules() == null ? 0 : result.rules().rules().size());
        stats.put("checked", result.relations().size());
        stats.put("claims", result.claims());
        stats.put("errors", result.count(Severity.ERROR));
        stats.put("warnings", result.count(Severity.WARNING));
        stats.put("infos", result.count(Severity.INFO));
        if (result.inspection() != null) {
            root.set("inspection", inspection(result.inspection()));
        }
        stats.put("explained", result.findings().stream().filter(f -> result.explanation(f) != null).count());
        if (result.coverage() != null) {
            root.set("narrativeCoverage", coverage(result.coverage()));
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            findings.add(finding(f, result.explanation(f)));
        }
        return root;
    }

    /** The 公开检查 beside the check: its score, its counts, the points each checklist line cost and what was not inspected. */
    public static ObjectNode inspection(Inspection inspection) {
        ObjectNode n = JSON.createObjectNode();
        n.put("score", inspection.score());
        n.put("errors", inspection.count(Severity.ERROR));
        n.put("warnings", inspection.count(Severity.WARNING));
        n.put("infos", inspection.count(Severity.INFO));
        ArrayNode deductions = n.putArray("deductions");
        for (Inspection.Deduction d : inspection.deductions()) {
            ObjectNode x = deductions.addObject();
            x.put("rule", d.rule());
            x.put("check", d.kind());
            x.put("findings", d.findings());
            x.put("points", d.points());
        }
        ArrayNode unchecked = n.putArray("unchecked");
        inspection.unchecked().forEach(unchecked::add);
        return n;
    }

    /**
     * The summary: the conclusion, then each item with its kind ({@code fix}, {@code fill}, {@code explain},
     * {@code unchecked}), its sentence and, where it names them, the cell and the value expected there.
     */
    public static ObjectNode summary(Summary summary) {
        ObjectNode n = JSON.createObjectNode();
        n.put("conclusion", summary.conclusion());
        ArrayNode items = n.putArray("items");
        for (Summary.Item i : summary.items()) {
            ObjectNode item = items.addObject();
            item.put("kind", i.kind().code());
            item.put("label", i.kind().chinese());
            item.put("text", i.text());
            if (i.cell() != null) {
                item.put("cell", i.cell());
            }
            if (i.expected() != null) {
                item.put("expected", i.expected());
            }
        }
        return n;
    }

    /** A finding, with the 说明 the department wrote for it ({@code explanation}, 已说明) when there is one. */
    public static ObjectNode finding(Finding f, String explanation) {
        ObjectNode n = finding(f);
        if (explanation != null) {
            n.put("explanation", explanation);
        }
        return n;
    }

    /** What of the 情况说明 was verified: counts, and every figure found but not verified with the reason. */
    public static ObjectNode coverage(Coverage c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("figures", c.figures());
        n.put("verified", c.verified());
        ArrayNode list = n.putArray("unverified");
        for (Coverage.Unverified u : c.unverified()) {
            ObjectNode x = list.addObject();
            x.put("paragraph", u.paragraph());
            x.put("quote", u.quote());
            x.put("reason", u.reason());
        }
        return n;
    }

    public static ObjectNode finding(Finding f) {
        ObjectNode n = JSON.createObjectNode();
        n.put("rule", f.rule());
        n.put("key", f.key());
        n.put("severity", f.severity().code());
        n.put("source", f.source());
        n.put("table", f.table());
        n.put("sheet", f.sheet());
        n.put("cell", f.cell());
        ArrayNode cells = n.putArray("cells");
        f.cells().forEach(cells::add);
        n.put("row", f.row());
        n.put("formula", f.formula());
        n.put("expression", f.expression());
        n.put("left", f.left());
        n.put("right", f.right());
        n.put("difference", f.difference());
        n.put("tolerance", f.tolerance());
        n.put("suspect", f.suspect());
        if (f.narrative() != null) {
            n.put("paragraph", f.narrative().paragraph());
            n.put("quote", f.narrative().quote());
            n.put("stated", f.narrative().stated());
            n.put("computed", f.narrative().computed());
            n.put("unit", Units.of(f));
        }
        n.put("message", f.message());
        return n;
    }

    public static String toJson(CheckResult result) {
        return write(of(result));
    }

    /** The shared mapper: indented, decimals written plainly (0.36, never 3.6E-1). */
    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String write(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
