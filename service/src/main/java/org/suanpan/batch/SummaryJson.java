package org.suanpan.batch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.suanpan.check.Finding;
import org.suanpan.report.JsonReport;

/** The batch summary as JSON: the rows of the 汇总 (with each workbook's findings when asked) and the outliers. */
public final class SummaryJson {
    private SummaryJson() {
    }

    public static ObjectNode of(BatchSummary summary, boolean withFindings) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
        root.put("total", summary.rows().size());
        root.put("errors", summary.errors());
        root.put("warnings", summary.warnings());
        root.put("failed", summary.failed());
        ArrayNode rows = root.putArray("rows");
        for (BatchRow r : summary.rows()) {
            ObjectNode n = rows.addObject();
            n.put("file", r.file());
            n.put("department", r.department());
            n.put("year", r.year());
            n.put("edition", r.edition());
            n.put("editionName", r.editionName());
            n.put("explained", r.explainedWarnings());
            n.put("errors", r.errors());
            n.put("warnings", r.warnings());
            n.put("conclusion", r.conclusion());
            if (r.message() != null) {
                n.put("message", r.message());
            }
            if (r.annotated() != null) {
                n.put("annotated", r.annotated());
            }
            if (r.score() != null) {
                n.put("inspectionScore", r.score());
                n.put("inspectionRank", summary.rank(r));
            }
            if (r.narrative() != null) {
                n.put("narrative", r.narrative());
            }
            ObjectNode ratios = n.putObject("ratios");
            r.ratios().forEach(ratios::put);
            if (withFindings) {
                ArrayNode fs = n.putArray("findings");
                for (Finding f : r.findings()) {
                    fs.add(JsonReport.finding(f, r.explanations().get(f.key())));
                }
            }
        }
        ArrayNode outliers = root.putArray("outliers");
        for (Outlier o : summary.outliers()) {
            ObjectNode n = outliers.addObject();
            n.put("file", o.file());
            n.put("department", o.department());
            n.put("measure", o.measure());
            n.put("value", o.value());
            n.put("median", o.median());
            n.put("score", Math.round(o.score() * 10) / 10.0);
            n.put("message", o.message());
        }
        return root;
    }
}
