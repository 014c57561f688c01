package org.suanpan.recognise;

import org.suanpan.definition.LineDef;
import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the lines of a two-sided table on the 行次 of a definition: by label first, by the printed 行次 second, and
 * always within the row's own side — a 行次 of the 支出 side is never taken for a 收入 line. Where label and 行次
 * disagree the label decides and the report says so; a line that neither places is left off every relation (and
 * named in the report), so that it cannot cause an error it did not earn.
 */
final class LinePlacer {

    /**
     * The table's rows placed on a definition and how well it fits. What was odd (lines moved by their label,
     * lines placed nowhere) is kept as rows and turned into report text only for the definition that is chosen.
     */
    record Placement(List<TableRow> rows, int fit, List<String> moved, List<TableRow> unplaced, boolean unplacedAmounts) {

        /** Every line placed where its label and 行次 both say: no other definition can fit better. */
        boolean perfect() {
            return moved.isEmpty() && unplaced.isEmpty();
        }

        /** Whether the placement leaves amounts out of the check, which the report must warn about. */
        boolean warns() {
            return unplacedAmounts;
        }

        List<Problem> problems(TableDef def, String sheet) {
            List<Problem> problems = new ArrayList<>();
            if (!moved.isEmpty()) {
                problems.add(new Problem("S-11", Severity.INFO, def.id(), sheet, null, def.id() + " 有" + moved.size()
                    + "行的行次与项目名称对不上，已按项目名称认定：" + String.join("；", moved) + "。请核对行次列。"));
            }
            if (!unplaced.isEmpty()) {
                List<String> names = unplaced.stream().map(r -> r.label().isEmpty() ? r.describe() + "（第" + (r.sheetRow() + 1) + "行）" : r.describe()).toList();
                problems.add(new Problem("S-12", unplacedAmounts ? Severity.WARNING : Severity.INFO, def.id(), sheet, null,
                    "工作表“" + sheet + "”的" + def.id() + "中有" + unplaced.size() + "行对不上表样中的任何一行：" + String.join("；", names)
                        + "。这些行没有参与审核，涉及它们的审核公式也没有审核。请对照空白模板检查项目名称和行次。"));
            }
            return problems;
        }
    }

    static Placement place(RecognisedTable read, TableDef def) {
        List<TableRow> rows = new ArrayList<>(read.rows().size());
        List<String> moved = new ArrayList<>();
        List<TableRow> unplaced = new ArrayList<>();
        boolean unplacedAmounts = false;
        java.util.BitSet taken = new java.util.BitSet();
        int fit = 0;
        for (TableRow r : read.rows()) {
            if (r.kind() != RowKind.LINE) {
                rows.add(r);
                continue;
            }
            LineDef byNumber = r.line() == null ? null : onSide(def, r.side(), r.line());
            LineDef byLabel = r.key().isEmpty() ? null
                : byNumber != null && byNumber.named(r.key()) ? byNumber : named(def, r.side(), r.key(), taken);
            LineDef line;
            if (byLabel != null) {
                line = byLabel;
                if (byNumber != null && byNumber.no() == byLabel.no() || r.lineFromLabel()) {
                    fit += 2;
                } else {
                    fit -= 1;
                    moved.add(r.describe() + " → " + byLabel.no() + "行");
                }
            } else if (r.key().isEmpty() && byNumber != null && byNumber.blank()) {
                line = byNumber;
                fit += 1;
            } else {
                line = null;
                if (!r.key().isEmpty() || hasAmount(r)) {
                    fit -= 3;
                    unplaced.add(r);
                    unplacedAmounts |= hasAmount(r);
                }
            }
            if (line != null && !claim(taken, line.no())) {
                fit -= 3;
                unplaced.add(r);
                unplacedAmounts |= hasAmount(r);
                line = null;
            }
            rows.add(line != null && r.line() != null && line.no() == r.line() ? r : r.placedAt(line == null ? null : line.no()));
        }
        return new Placement(rows, fit, moved, unplaced, unplacedAmounts);
    }

    /**
     * The rows of a table read with another edition's definition, put on {@code def}'s 行次 by their labels alone:
     * the printed 行次 belong to the other layout. Lines whose label {@code def} does not know are left off.
     */
    static RecognisedTable renumber(RecognisedTable t, TableDef def) {
        List<TableRow> rows = new ArrayList<>();
        java.util.BitSet taken = new java.util.BitSet();
        for (TableRow r : t.rows()) {
            if (r.kind() != RowKind.LINE) {
                rows.add(r);
                continue;
            }
            LineDef l = r.key().isEmpty() ? null : named(def, r.side(), r.key(), taken);
            if (l != null && claim(taken, l.no())) {
                rows.add(r.placedAt(l.no()));
            }
        }
        return new RecognisedTable(def, t.sheet(), t.sheetIndex(), t.titleRow(), t.titleCol(), t.titleText(), rows);
    }

    /** Takes line {@code no} (行次 are unique within a table, whichever side they are on); false if already taken. */
    private static boolean claim(java.util.BitSet taken, int no) {
        if (taken.get(no)) {
            return false;
        }
        taken.set(no);
        return true;
    }

    private static boolean hasAmount(TableRow r) {
        return r.cells().values().stream().anyMatch(c -> !c.empty() && c.value().signum() != 0);
    }

    /**
     * The line of {@code side} not yet taken that the label names: the same words first, then one the start of the
     * other (a table may print the same words on several lines, as 公开04 does under 年初财政拨款结转和结余).
     */
    private static LineDef named(TableDef def, String side, String key, java.util.BitSet taken) {
        LineDef loose = null;
        for (LineDef l : def.lines()) {
            if (l.blank() || taken.get(l.no()) || side != null && !side.equals(l.side())) {
                continue;
            }
            if (l.key().equals(key)) {
                return l;
            }
            if (loose == null && l.named(key)) {
                loose = l;
            }
        }
        return loose;
    }

    private static LineDef onSide(TableDef def, String side, int no) {
        return def.line(no).filter(l -> side == null || side.equals(l.side())).orElse(null);
    }
}
