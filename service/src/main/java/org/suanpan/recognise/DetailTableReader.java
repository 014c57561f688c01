package org.suanpan.recognise;

import org.suanpan.definition.Severity;
import org.suanpan.definition.TableDef;
import org.suanpan.definition.TotalDef;
import org.suanpan.read.Amount;
import org.suanpan.read.Amounts;
import org.suanpan.read.Cell;
import org.suanpan.read.CellRange;
import org.suanpan.read.Grid;
import org.suanpan.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads 公开06: side-by-side groups of (科目代码, 科目名称, 决算数), each read down on its own, and the labelled
 * 合计 lines at the foot (人员经费合计, 公用经费合计) whose amount is the first one to the right of the label.
 */
final class DetailTableReader implements TableReader {
    /** Every row of a detail table has one amount; rules address it without a 栏次. */
    static final int AMOUNT = 1;

    private record Group(int codeCol, int nameCol, int amountCol) {
    }

    @Override
    public Attempt read(Region region, TableDef def) {
        Grid g = region.grid();
        int top = region.titleRow() + 1;
        int headerRow = -1;
        List<Group> groups = new ArrayList<>();
        for (int r = top; r < Math.min(region.end(), top + HeaderScan.HEADER_WINDOW) && groups.isEmpty(); r++) {
            groups = groups(g, r);
            headerRow = r;
        }
        if (groups.isEmpty()) {
            return Attempt.failed("表头中找不到“科目代码…决算数”栏组");
        }
        int dataStart = headerRow + 1;
        int end = HeaderScan.notesStart(region, dataStart);
        List<Problem> problems = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        Set<Integer> footerRows = new HashSet<>();
        List<TableRow> totals = totals(g, def, groups, dataStart, end, footerRows);
        for (Group grp : groups) {
            rows.addAll(CodedRows.assemble(region, def.id(), dataStart, end, grp.codeCol(), grp.nameCol(),
                Map.of(AMOUNT, grp.amountCol()), footerRows::contains, true, problems));
        }
        rows.addAll(totals);
        for (TotalDef t : def.totals()) {
            if (totals.stream().noneMatch(r -> Text.norm(r.label()).equals(Text.norm(t.label())))) {
                problems.add(new Problem("S-07", Severity.ERROR, def.id(), g.name(), null,
                    def.id() + " 找不到“" + t.label() + "”行。请在表的最后一行填列" + t.label() + "。"));
            }
        }
        return Attempt.ok(new RecognisedTable(def, g.name(), g.index(), region.titleRow(), region.titleCol(), region.titleText(), rows),
            problems);
    }

    private static List<Group> groups(Grid g, int r) {
        List<Integer> codeCols = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int c = 0, width = g.columnCount(r); c < width; c++) {
            String n = g.norm(r, c);
            if (n.contains("代码") || n.contains("编码")) {
                if (codeCols.isEmpty() || codeCols.get(codeCols.size() - 1) != c) {
                    codeCols.add(c);
                }
            } else if ((n.contains("决算数") || n.equals("金额") || n.equals("决算")) && !codeCols.isEmpty()) {
                int code = codeCols.get(codeCols.size() - 1);
                if (groups.isEmpty() || groups.get(groups.size() - 1).codeCol() != code) {
                    groups.add(new Group(code, code + 1 < c ? code + 1 : code, c));
                }
            }
        }
        return codeCols.size() >= 1 ? groups : List.of();
    }

    private static List<TableRow> totals(Grid g, TableDef def, List<Group> groups, int from, int to, Set<Integer> footerRows) {
        List<TableRow> out = new ArrayList<>();
        List<String> labels = def.totals().stream().map(t -> Text.norm(t.label())).toList();
        for (int r = from; r < to; r++) {
            for (Cell cell : g.row(r)) {
                int c = cell.col();
                if (cell.kind() != org.suanpan.read.CellKind.TEXT || !cell.text().contains("计")) {
                    continue;
                }
                String n = cell.norm();
                for (int k = 0; k < labels.size(); k++) {
                    TotalDef t = def.totals().get(k);
                    String label = labels.get(k);
                    if (n.equals(label) || (n.startsWith(label.replace("合计", "")) && n.endsWith("合计"))) {
                        int col = amountRightOf(g, r, c, groups, t);
                        out.add(new TableRow(RowKind.NAMED, null, null, t.label(), null, r,
                            Map.of(AMOUNT, new AmountCell(g.name(), r, col, Amounts.of(g.cell(r, col))))));
                        footerRows.add(r);
                    }
                }
            }
        }
        return out;
    }

    /** The first amount right of the label, before the next label; else the column its group prints amounts in. */
    private static int amountRightOf(Grid g, int r, int labelCol, List<Group> groups, TotalDef t) {
        CellRange merge = g.mergeAt(r, labelCol);
        int start = (merge != null ? merge.lastCol() : labelCol) + 1;
        for (Cell cell : g.row(r)) {
            if (cell.col() < start || cell.isBlank()) {
                continue;
            }
            Amount a = Amounts.of(cell);
            if (a.status() == Amount.Status.NUMBER || a.status() == Amount.Status.DASH) {
                return cell.col();
            }
            break;
        }
        int index = Math.min(Math.max(t.group(), 1), groups.size()) - 1;
        int col = groups.get(index).amountCol();
        return col > labelCol ? col : groups.stream().mapToInt(Group::amountCol).filter(x -> x > labelCol).findFirst().orElse(col);
    }
}
