package org.suanpan.explain;

import org.suanpan.batch.Profile;
import org.suanpan.check.BudgetComparison;
import org.suanpan.read.UnusableInputException;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;
import org.suanpan.text.Text;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 第三部分 部门预算情况说明 draft from a budget's tables, in the order of the published ones: 一 收支预算总体
 * to 十一 其他重要事项, every amount read from its table, every share (two decimals, as budgets print them) computed
 * from two table figures; what the tables cannot tell (reasons, 政府采购, 国有资产, the projects' use) is left
 * {@value DraftWriter#FILL}; 十 names each project of the 预算12 forms with its 当年预算. Changes are on last year's <em>budget</em>: computed with last year's budget workbook, else
 * placeholders. Three native charts: 收入预算构成, 支出预算构成, 财政拨款支出按功能分类.
 */
final class BudgetDraftWriter {
    private static final String FILL = DraftWriter.FILL;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    void write(Recognition current, Recognition prior, Path target) throws IOException {
        if (prior != null && !BudgetComparison.isBudget(prior.edition())) {
            throw new UnusableInputException("上年工作簿“" + prior.book().fileName() + "”不是部门预算公开表：部门预算情况说明中的增减是与上年预算相比，"
                + "请上传同一部门上一年度的部门预算公开表作为上年数。");
        }
        int year = DraftWriter.year(current);
        String department = Profile.of(current).department();
        try (DraftDocument doc = new DraftDocument()) {
            doc.title("第三部分 " + (department == null || department.isBlank() ? "" : department + " ") + year + "年部门预算情况说明");
            try {
                new Sections(doc, current, prior, year, department).write();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("图表生成失败：" + e.getMessage(), e);
            }
            doc.save(target);
        }
    }

    /** part ÷ whole as a percentage with two decimals (“占 99.70%”); 0.00 of a zero whole. */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0.00";
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP).toPlainString();
    }

    private static final class Sections {
        private final DraftDocument doc;
        private final Recognition current;
        private final Figures c;
        private final Figures p;
        private final Recognition prior;
        private final int year;
        private final String department;
        private int figure = 1;

        Sections(DraftDocument doc, Recognition current, Recognition prior, int year, String department) {
            this.doc = doc;
            this.current = current;
            this.c = new Figures(current);
            this.prior = prior;
            this.p = prior == null ? null : new Figures(prior);
            this.year = year;
            this.department = department == null || department.isBlank() ? "本部门" : department;
        }

        void write() throws Exception {
            overall();
            income();
            spending();
            fiscal();
            general();
            basic();
            sanGong();
            noneOrTotal("八、政府性基金预算支出安排情况", "预算08", "政府性基金预算");
            noneOrTotal("九、国有资本经营预算支出安排情况", "预算09", "国有资本经营预算");
            projects();
            other();
        }

        private void overall() {
            doc.heading(1, "一、收支预算总体安排情况");
            doc.paragraph("按照综合预算的原则，" + department + "所有收入和支出均纳入部门预算管理。");
            BigDecimal total = c.of("预算01 12行");
            doc.paragraph("收入包括：" + names(incomeLines(current)) + "。支出包括：" + names(classLines(current, "预算01")) + "。" + year
                + "年收支总预算" + Figures.amount(total) + "万元。" + change("", total, "预算01 12行"));
        }

        private void income() throws Exception {
            doc.heading(1, "二、收入预算安排情况");
            BigDecimal total = c.of("预算01 12行");
            List<TableRow> lines = incomeLines(current);
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (TableRow r : lines) {
                BigDecimal v = value(r, 1);
                names.add(name(r));
                values.add(v);
                texts.add(name(r) + Figures.amount(v) + "万元，占" + share(v, total) + "%");
            }
            doc.paragraph(year + "年收入预算" + Figures.amount(total) + "万元" + (texts.isEmpty() ? "。" : "，其中：" + String.join("；", texts) + "。"));
            chart(names, values, "收入预算构成");
        }

        private void spending() throws Exception {
            doc.heading(1, "三、支出预算安排情况");
            BigDecimal total = c.of("预算03 合计行 1栏");
            String[] kinds = {"基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"};
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < kinds.length; i++) {
                BigDecimal v = c.of("预算03 合计行 " + (i + 2) + "栏");
                if (v.signum() != 0) {
                    names.add(kinds[i]);
                    values.add(v);
                    texts.add(kinds[i] + Figures.amount(v) + "万元，占" + share(v, total) + "%");
                }
            }
            doc.paragraph(year + "年支出预算" + Figures.amount(total) + "万元" + (texts.isEmpty() ? "。" : "，其中：" + String.join("；", texts) + "。"));
            chart(names, values, "支出预算构成");
        }

        private void fiscal() throws Exception {
            doc.heading(1, "四、财政拨款收支预算总体情况");
            BigDecimal total = c.of("预算04 9行");
            List<String> in = new ArrayList<>();
            RecognisedTable t = current.table("预算04").orElse(null);
            for (int line : new int[] {2, 3, 4, 6, 7, 8}) {
                TableRow r = t == null ? null : t.line(line).orElse(null);
                BigDecimal v = r == null ? BigDecimal.ZERO : value(r, 1);
                if (v.signum() != 0) {
                    String kind = name(r).replace("拨款", "财政拨款");
                    in.add(kind + (line <= 4 ? "本年收入" : "上年结转") + Figures.amount(v) + "万元");
                }
            }
            List<String> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            for (TableRow r : classLines(current, "预算04")) {
                out.add(name(r) + Figures.amount(value(r, 2)) + "万元");
                names.add(name(r));
                values.add(value(r, 2));
            }
            doc.paragraph(year + "年财政拨款收支总预算" + Figures.amount(total) + "万元。收入包括：" + (in.isEmpty() ? "无" : String.join("、", in))
                + "。支出包括：" + (out.isEmpty() ? "无" : String.join("、", out)) + "。");
            if (!names.isEmpty()) {
                Charts.bars(doc.chartRun(), "财政拨款支出预算（按功能分类）", names, List.of("预算数（万元）"), List.of(values));
                doc.caption("图" + figure++ + "：财政拨款支出预算（按功能分类）");
            }
        }

        private void general() {
            doc.heading(1, "五、一般公共预算支出安排情况");
            BigDecimal general = c.of("预算05-1 合计行 1栏");
            doc.heading(2, "（一）一般公共预算拨款规模变化情况");
            doc.paragraph(year + "年一般公共预算拨款" + Figures.amount(general) + "万元，" + change("", general, "预算05-1 合计行 1栏"));
            doc.heading(2, "（二）一般公共预算拨款结构情况");
            BigDecimal basic = c.of("预算05-1 合计行 2栏");
            BigDecimal project = c.of("预算05-1 合计行 5栏");
            // the whole before 其中, so that each share reads against it; the 人员/公用 split in a sentence of its own
            doc.paragraph(year + "年一般公共预算拨款" + Figures.amount(general) + "万元，其中：基本支出" + Figures.amount(basic) + "万元，占"
                + share(basic, general) + "%；项目支出" + Figures.amount(project) + "万元，占" + share(project, general) + "%。基本支出中，人员经费"
                + Figures.amount(c.of("预算05-1 合计行 3栏")) + "万元，公用经费" + Figures.amount(c.of("预算05-1 合计行 4栏")) + "万元。");
            doc.heading(2, "（三）一般公共预算拨款具体使用情况");
            RecognisedTable t = current.table("预算05-1").orElse(null);
            RecognisedTable before = prior == null ? null : prior.table("预算05-1").orElse(null);
            int n = 1;
            for (TableRow leaf : t == null ? List.<TableRow>of() : leaves(t)) {
                BigDecimal v = value(leaf, 1);
                if (v.signum() == 0) {
                    continue;
                }
                String text = n++ + ". " + path(t, leaf) + Figures.amount(v) + "万元，";
                if (p == null) {
                    text += change("", v, null);
                } else {
                    TableRow last = before == null ? null : before.code(leaf.code()).orElse(null);
                    text += changeOn(v, last == null ? BigDecimal.ZERO : value(last, 1));
                }
                doc.paragraph(text);
            }
        }

        private void basic() {
            doc.heading(1, "六、一般公共预算基本支出安排情况");
            RecognisedTable t = current.table("预算06").orElse(null);
            doc.paragraph(year + "年一般公共预算基本支出" + Figures.amount(c.of("预算06 合计行 1栏")) + "万元，其中：");
            doc.paragraph("（一）人员经费" + Figures.amount(c.of("预算06 合计行 2栏")) + "万元，包括：");
            for (String cls : new String[] {"301", "303"}) {
                economic(t, cls);
            }
            TableRow office = t == null ? null : t.code("302").orElse(null);
            doc.paragraph("（二）公用经费" + Figures.amount(c.of("预算06 合计行 3栏")) + "万元，主要用于：" + (office == null ? "无" : items(t, office)) + "。");
        }

        /** “工资福利支出 5112.41 万元，主要用于：基本工资、津贴补贴…等。” for a 类 of 预算06 with an amount. */
        private void economic(RecognisedTable t, String cls) {
            TableRow r = t == null ? null : t.code(cls).orElse(null);
            if (r != null && value(r, 1).signum() != 0) {
                doc.paragraph(name(r) + Figures.amount(value(r, 1)) + "万元，主要用于：" + items(t, r) + "。");
            }
        }

        private static String items(RecognisedTable t, TableRow cls) {
            List<String> out = new ArrayList<>();
            for (TableRow r : t.children(cls)) {
                if (value(r, 1).signum() != 0) {
                    out.add(name(r));
                }
            }
            return out.isEmpty() ? "无" : String.join("、", out) + "等";
        }

        private void sanGong() {
            doc.heading(1, "七、一般公共预算“三公”经费支出安排情况");
            BigDecimal total = c.of("预算07 1栏");
            doc.paragraph(year + "年一般公共预算“三公”经费支出" + Figures.amount(total) + "万元，" + change("", total, "预算07 1栏") + "其中：因公出国（境）费"
                + Figures.amount(c.of("预算07 2栏")) + "万元；公务用车购置及运行维护费" + Figures.amount(c.of("预算07 3栏")) + "万元（公务用车购置费"
                + Figures.amount(c.of("预算07 4栏")) + "万元，公务用车运行维护费" + Figures.amount(c.of("预算07 5栏")) + "万元）；公务接待费"
                + Figures.amount(c.of("预算07 6栏")) + "万元。");
        }

        private void noneOrTotal(String heading, String table, String kind) {
            doc.heading(1, heading);
            BigDecimal total = c.of(table + " 合计行 1栏");
            if (total.signum() == 0) {
                doc.paragraph(year + "年没有使用" + kind + "拨款安排的支出。");
                return;
            }
            doc.paragraph(year + "年" + kind + "支出" + Figures.amount(total) + "万元，其中：基本支出" + Figures.amount(c.of(table + " 合计行 2栏"))
                + "万元，项目支出" + Figures.amount(c.of(table + " 合计行 3栏")) + "万元。主要用于：" + FILL + "。");
        }

        private void projects() {
            doc.heading(1, "十、项目支出安排情况");
            BigDecimal total = c.of("预算03 合计行 3栏");
            BigDecimal general = c.of("预算05-1 合计行 5栏");
            BigDecimal funds = c.of("预算08 合计行 3栏").add(c.of("预算09 合计行 3栏"));
            BigDecimal rest = total.subtract(general).subtract(funds);
            String restName = c.of("预算01 11行").signum() == 0 ? "单位资金" : "结转结余及单位资金";
            doc.paragraph(year + "年项目支出" + Figures.amount(total) + "万元，其中：一般公共预算本年拨款" + Figures.amount(general) + "万元"
                + (funds.signum() == 0 ? "" : "、政府性基金及国有资本经营预算拨款" + Figures.amount(funds) + "万元") + "、" + restName
                + Figures.amount(rest) + "万元，具体使用情况如下：");
            List<RecognisedTable> forms = current.tables().values().stream().filter(t -> t.id().startsWith("预算12"))
                .sorted(java.util.Comparator.comparingInt(t -> partNumber(t.id())))
                .toList();
            if (forms.isEmpty()) {
                doc.paragraph(FILL + "（项目名称）" + FILL + "万元，主要用于" + FILL + "。");
            }
            for (RecognisedTable form : forms) {
                // the project's name stands right of its 项目名称 label; its amount is the form's 项目当年预算
                String project = projectName(form);
                TableRow amount = form.labelled("项目当年预算").orElse(null);
                doc.paragraph((project.isEmpty() ? FILL + "（项目名称）" : project) + (amount == null ? FILL : Figures.amount(value(amount, 1)))
                    + "万元，主要用于" + FILL + "。");
            }
        }

        private static int partNumber(String id) {
            String n = id.replaceAll("^.*-", "");
            return n.matches("\\d{1,3}") ? Integer.parseInt(n) : 0;
        }

        /** The text right of the 项目名称 label on the form's sheet; "" when the sheet prints none. */
        private String projectName(RecognisedTable form) {
            org.suanpan.read.Grid grid = current.book().sheets().stream().filter(g -> g.name().equals(form.sheet())).findFirst().orElse(null);
            for (int r = 0; grid != null && r < Math.min(grid.rowCount(), 20); r++) {
                for (int c = 0; c + 1 < grid.columnCount(r); c++) {
                    if ("项目名称".equals(Text.norm(grid.text(r, c)))) {
                        String name = grid.text(r, c + 1);
                        return name == null ? "" : name.strip();
                    }
                }
            }
            return "";
        }

        private void other() {
            doc.heading(1, "十一、其他重要事项的情况说明");
            doc.heading(2, "（一）机关运行经费情况");
            BigDecimal running = c.of("预算06 合计行 3栏");
            doc.paragraph(year + "年机关运行经费" + Figures.amount(running) + "万元（即部门公用经费），" + change("", running, "预算06 合计行 3栏"));
            doc.heading(2, "（二）政府采购预算情况");
            doc.paragraph(year + "年政府采购预算支出合计" + FILL + "万元。包括：货物类" + FILL + "万元、工程类" + FILL + "万元、服务类" + FILL + "万元。");
            doc.heading(2, "（三）政府购买服务预算情况");
            doc.paragraph(year + "年政府购买服务预算支出合计" + FILL + "万元。");
            doc.heading(2, "（四）国有资产占有使用情况");
            doc.paragraph("截至" + (year - 1) + "年12月31日，占有使用国有资产" + FILL + "万元。主要实物资产为：" + FILL + "。");
            doc.heading(2, "（五）预算绩效管理情况");
            long forms = current.tables().keySet().stream().filter(id -> id.startsWith("预算12")).count();
            doc.paragraph(year + "年，预算支出" + Figures.amount(c.of("预算01 47行")) + "万元全面实施预算绩效目标管理。设置了整体支出绩效目标、"
                + (forms == 0 ? FILL : String.valueOf(forms)) + "个一级项目支出绩效目标。");
        }

        private void chart(List<String> names, List<BigDecimal> values, String title) throws Exception {
            if (names.isEmpty()) {
                return;
            }
            Charts.pie(doc.chartRun(), title, names, values);
            doc.caption("图" + figure++ + "：" + title);
        }

        /**
         * “比 2022 年预算减少 438.10 万元，下降 5.41%，主要是【请填写】。”, from last year's budget workbook ({@code ref} read
         * there), or placeholders without one.
         */
        private String change(String lead, BigDecimal now, String ref) {
            if (p == null || ref == null) {
                return lead + "比" + (year - 1) + "年预算增加（减少）" + FILL + "万元，增长（下降）" + FILL + "%，主要是" + FILL + "。";
            }
            return changeOn(now, p.of(ref));
        }

        private String changeOn(BigDecimal now, BigDecimal before) {
            BigDecimal diff = now.subtract(before);
            String on = "比" + (year - 1) + "年预算";
            if (diff.signum() == 0) {
                return "与" + (year - 1) + "年预算持平。";
            }
            boolean up = diff.signum() > 0;
            // a rate on nothing is not a rate: a new item states its increase alone
            String rate = before.signum() == 0 ? "" : "，" + (up ? "增长" : "下降") + share(diff.abs(), before) + "%";
            return on + (up ? "增加" : "减少") + Figures.amount(diff.abs()) + "万元" + rate + "，主要是" + FILL + "。";
        }

        /** 预算01's income lines 一…九 with an amount, and 上年结转结余 when there is one. */
        private static List<TableRow> incomeLines(Recognition r) {
            List<TableRow> out = new ArrayList<>();
            RecognisedTable t = r.table("预算01").orElse(null);
            for (int line = 1; t != null && line <= 11; line++) {
                TableRow row = t.line(line).orElse(null);
                if (line != 10 && row != null && value(row, 1).signum() != 0) {
                    out.add(row);
                }
            }
            return out;
        }

        /** The 类 lines of a two-sided table (预算01, 预算04) with an amount in the 支出 column. */
        private static List<TableRow> classLines(Recognition r, String table) {
            List<TableRow> out = new ArrayList<>();
            RecognisedTable t = r.table(table).orElse(null);
            for (TableRow row : t == null ? List.<TableRow>of() : t.rows()) {
                if (row.classCode() != null && value(row, 2).signum() != 0) {
                    out.add(row);
                }
            }
            return out;
        }

        /** The rows a 说明 explains one by one: each 项, and a 款 that has no 项 (21011 行政事业单位医疗). */
        private static List<TableRow> leaves(RecognisedTable t) {
            return t.rows().stream().filter(r -> r.level() >= 2 && t.children(r).isEmpty()).toList();
        }

        /** “卫生健康支出（类）医疗保障管理事务（款）行政运行（项）”. */
        private static String path(RecognisedTable t, TableRow leaf) {
            StringBuilder sb = new StringBuilder();
            String[] marks = {"类", "款", "项"};
            for (int len = 3, i = 0; len <= leaf.code().length() && i < marks.length; len += 2, i++) {
                TableRow step = t.code(leaf.code().substring(0, len)).orElse(null);
                if (step != null) {
                    sb.append(name(step)).append("（").append(marks[i]).append("）");
                }
            }
            return sb.toString();
        }

        private static String names(List<TableRow> rows) {
            return rows.isEmpty() ? "无" : String.join("、", rows.stream().map(Sections::name).toList());
        }

        /** A row's name as a sentence uses it: without ordinal or spaces (“一、一般公共预算拨款收入” → “一般公共预算拨款收入”). */
        private static String name(TableRow r) {
            return Text.label(r.label()).replaceFirst("^[(（][一二三四五六七八九十廿]+[)）]", "");
        }

        private static BigDecimal value(TableRow r, int column) {
            return r.cell(column) == null ? BigDecimal.ZERO : r.cell(column).value().setScale(2, RoundingMode.HALF_UP);
        }
    }
}
