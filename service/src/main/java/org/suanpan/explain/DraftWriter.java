package org.suanpan.explain;

import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.Recognition;
import org.suanpan.recognise.TableRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the 第三部分 情况说明 draft from the tables: sections 一 to 九 from their figures, with every share and rate
 * computed and rounded; 十 to 十三 as headings to fill in; each 主要原因 a placeholder; four native charts. Without
 * last year's workbook, the changes on the previous year are placeholders too. A 部门预算 workbook gets the budget's
 * 说明 ({@link BudgetDraftWriter}).
 */
public final class DraftWriter {
    static final String FILL = "【请填写】";
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})");

    public void write(Recognition current, Recognition prior, Path target) throws IOException {
        if (org.suanpan.check.BudgetComparison.isBudget(current.edition())) {
            // a budget's 说明 has its own sections (收支预算总体安排 … 其他重要事项), on last year's budget
            new BudgetDraftWriter().write(current, prior, target);
            return;
        }
        Figures c = new Figures(current);
        Figures p = prior == null ? null : new Figures(prior);
        int year = year(current);
        try (DraftDocument doc = new DraftDocument()) {
            doc.title("第三部分 " + year + "年度部门决算情况说明");
            try {
                new Sections(doc, c, p, year, current).write();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("图表生成失败：" + e.getMessage(), e);
            }
            doc.save(target);
        }
    }

    /** The year of the accounts: from a table title (“2022年度收入决算表”), else the file name, else last year. */
    static int year(Recognition r) {
        for (RecognisedTable t : r.tables().values()) {
            org.suanpan.Cancel.check();
            Matcher m = YEAR.matcher(t.titleText());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        Matcher m = YEAR.matcher(r.book().fileName());
        return m.find() ? Integer.parseInt(m.group(1)) : java.time.Year.now().getValue() - 1;
    }

    /** The sections in their standard order. */
    private static final class Sections {
        private final DraftDocument doc;
        private final Figures c;
        private final Figures p;
        private final int year;
        private final Recognition current;

        Sections(DraftDocument doc, Figures c, Figures p, int year, Recognition current) {
            this.doc = doc;
            this.c = c;
            this.p = p;
            this.year = year;
            this.current = current;
        }

        void write() throws Exception {
            total();
            income();
            spending();
            fiscal();
            general();
            basic();
            fund();
            stateCapital();
            sanGong();
            doc.heading(1, "十、机关运行经费支出说明");
            doc.paragraph(year + "年度本部门（单位）机关运行经费支出" + FILL + "万元，比上年度增加（减少）" + FILL + "万元，增长（下降）" + FILL
                + "%，主要原因是：" + FILL + "。");
            doc.heading(1, "十一、政府采购支出说明");
            doc.paragraph(year + "年度本部门政府采购支出总额" + FILL + "万元，其中：政府采购货物支出" + FILL + "万元、政府采购工程支出" + FILL
                + "万元、政府采购服务支出" + FILL + "万元。");
            doc.heading(1, "十二、国有资产占用情况说明");
            doc.paragraph("截至" + year + "年12月31日，本部门共有车辆" + FILL + "辆；单位价值100万元以上专用设备" + FILL + "台（套）。");
            doc.heading(1, "十三、预算绩效情况说明");
            doc.paragraph(FILL);
        }

        private void total() throws Exception {
            doc.heading(1, "一、收入支出决算总体情况说明");
            BigDecimal total = c.of("公开01 总计");
            doc.paragraph(year + "年度收、支总计均为" + Figures.amount(total) + "万元。" + change("收、支总计各", total, "公开01 总计"));
            List<String> years = p == null ? List.of(year + "年度") : List.of((year - 1) + "年度", year + "年度");
            List<BigDecimal> in = p == null ? List.of(total) : List.of(p.of("公开01 总计"), total);
            List<BigDecimal> out = p == null ? List.of(c.of("公开01 本年支出合计").add(c.of("公开01 结余分配")).add(c.of("公开01 年末结转和结余")))
                : List.of(p.of("公开01 本年支出合计").add(p.of("公开01 结余分配")).add(p.of("公开01 年末结转和结余")),
                c.of("公开01 本年支出合计").add(c.of("公开01 结余分配")).add(c.of("公开01 年末结转和结余")));
            Charts.bars(doc.chartRun(), "收、支决算总计变动情况", years, List.of("收入总计", "支出总计"), List.of(in, out));
            doc.caption("图1：收、支决算总计变动情况");
        }

        private void income() throws Exception {
            doc.heading(1, "二、收入决算情况说明");
            BigDecimal total = c.of("公开01 本年收入合计");
            String[] names = {"财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
            String[] refs = {"公开01 (1行+2行+3行)", "公开01 4行", "公开01 5行", "公开01 6行", "公开01 7行", "公开01 8行"};
            Parts parts = new Parts();
            for (int i = 0; i < names.length; i++) {
                BigDecimal v = c.of(refs[i]);
                parts.add(names[i], v, names[i] + Figures.amount(v) + "万元，占本年收入" + Figures.share(v, total) + "%");
            }
            doc.paragraph(year + "年度收入合计" + Figures.amount(total) + "万元。" + change("收入合计", total, "公开01 本年收入合计")
                + parts.sentence("其中：", "；"));
            Charts.pie(doc.chartRun(), "收入决算结构", parts.names(), parts.values());
            doc.caption("图2：收入决算结构");
        }

        private void spending() throws Exception {
            doc.heading(1, "三、支出决算情况说明");
            BigDecimal total = c.of("公开01 本年支出合计");
            String[] names = {"基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"};
            Parts parts = new Parts();
            for (int i = 0; i < names.length; i++) {
                BigDecimal v = c.of("公开03 合计行 " + (i + 2) + "栏");
                parts.add(names[i], v, names[i] + Figures.amount(v) + "万元，占本年支出" + Figures.share(v, total) + "%");
            }
            doc.paragraph(year + "年度支出合计" + Figures.amount(total) + "万元。" + change("支出合计", total, "公开01 本年支出合计")
                + parts.sentence("其中：", "；"));
            Charts.pie(doc.chartRun(), "支出决算结构", parts.names(), parts.values());
            doc.caption("图3：支出决算结构");
        }

        private void fiscal() throws Exception {
            doc.heading(1, "四、财政拨款收入支出决算总体情况说明");
            BigDecimal total = c.of("公开04 总计");
            doc.paragraph(year + "年度财政拨款收、支总计均为" + Figures.amount(total) + "万元。" + change("财政拨款收、支总计各", total, "公开04 总计"));
            String[] names = {"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入"};
            Parts parts = new Parts();
            for (int i = 0; i < names.length; i++) {
                BigDecimal v = c.of("公开04 " + (i + 1) + "行");
                parts.add(names[i], v, names[i] + Figures.amount(v) + "万元");
            }
            doc.paragraph(parts.sentence(year + "年度财政拨款收入中，", "，"));
            List<String> years = p == null ? List.of(year + "年度") : List.of((year - 1) + "年度", year + "年度");
            List<BigDecimal> in = p == null ? List.of(total) : List.of(p.of("公开04 总计"), total);
            List<BigDecimal> out = p == null ? List.of(c.of("公开04 64行 2栏")) : List.of(p.of("公开04 64行 2栏"), c.of("公开04 64行 2栏"));
            Charts.bars(doc.chartRun(), "财政拨款收、支决算总计变动情况", years, List.of("财政拨款收入总计", "财政拨款支出总计"), List.of(in, out));
            doc.caption("图4：财政拨款收、支决算总计变动情况");
        }

        private void general() {
            doc.heading(1, "五、一般公共预算财政拨款支出决算情况说明");
            BigDecimal general = c.of("公开05 合计行 1栏");
            doc.heading(2, "（一）一般公共预算财政拨款支出决算总体情况");
            doc.paragraph(year + "年度一般公共预算财政拨款支出" + Figures.amount(general) + "万元，占本年支出合计的"
                + Figures.share(general, c.of("公开01 本年支出合计")) + "%。" + change("一般公共预算财政拨款支出", general, "公开05 合计行 1栏"));
            doc.heading(2, "（二）一般公共预算财政拨款支出决算结构情况");
            doc.paragraph(year + "年度一般公共预算财政拨款支出" + Figures.amount(general) + "万元，主要用于以下方面：");
            RecognisedTable t = current.table("公开05").orElse(null);
            int n = 1;
            for (TableRow r : t == null ? List.<TableRow>of() : t.atLevel(1)) {
                BigDecimal v = value(r, 1);
                if (v.signum() == 0) {
                    continue;
                }
                doc.paragraph(n++ + ". " + r.label() + "（类）" + Figures.amount(v) + "万元，占" + Figures.share(v, general) + "%。主要用于："
                    + FILL + "。");
            }
            doc.heading(2, "（三）一般公共预算财政拨款支出决算具体情况");
            doc.paragraph(year + "年度一般公共预算财政拨款支出年初预算为" + FILL + "万元，支出决算为" + Figures.amount(general) + "万元，完成年初预算的"
                + FILL + "%。其中：基本支出" + Figures.amount(c.of("公开05 合计行 2栏")) + "万元，项目支出" + Figures.amount(c.of("公开05 合计行 3栏"))
                + "万元。");
            n = 1;
            for (TableRow item : t == null ? List.<TableRow>of() : t.atLevel(3)) {
                if (value(item, 1).signum() == 0) {
                    continue;
                }
                TableRow section = parent(t, item);
                TableRow cls = section == null ? null : parent(t, section);
                String path = (cls == null ? "" : cls.label() + "（类）") + (section == null ? "" : section.label() + "（款）") + item.label() + "（项）";
                doc.paragraph(n++ + ". " + path + "。年初预算为" + FILL + "万元，支出决算为" + Figures.amount(value(item, 1))
                    + "万元，完成年初预算的" + FILL + "%。决算数与年初预算数的差异原因：" + FILL + "。");
            }
        }

        private void basic() {
            doc.heading(1, "六、一般公共预算财政拨款基本支出决算情况说明");
            BigDecimal staff = c.of("公开06 人员经费合计");
            BigDecimal office = c.of("公开06 公用经费合计");
            doc.paragraph(year + "年度一般公共预算财政拨款基本支出" + Figures.amount(c.of("公开05 合计行 2栏")) + "万元，其中：人员经费"
                + Figures.amount(staff) + "万元，公用经费" + Figures.amount(office) + "万元。");
            RecognisedTable t = current.table("公开06").orElse(null);
            doc.paragraph("人员经费" + Figures.amount(staff) + "万元，主要包括：" + items(t, "301", "303") + "。");
            doc.paragraph("公用经费" + Figures.amount(office) + "万元，主要包括：" + items(t, "302", "307", "310", "399") + "。");
        }

        /** The 款 of the named 类 that have an amount, “基本工资 272.26 万元、…”. */
        private String items(RecognisedTable t, String... classes) {
            List<String> out = new ArrayList<>();
            if (t != null) {
                for (TableRow r : t.atLevel(2)) {
                    for (String cls : classes) {
                        BigDecimal v = value(r, 1);
                        if (r.code().startsWith(cls) && v.signum() != 0) {
                            out.add(r.label() + Figures.amount(v) + "万元");
                        }
                    }
                }
            }
            return out.isEmpty() ? "无" : String.join("、", out);
        }

        private void fund() {
            doc.heading(1, "七、政府性基金预算财政拨款收入支出决算情况说明");
            if (Stream.of(1, 2, 3, 6).allMatch(col -> c.of("公开07 合计行 " + col + "栏").signum() == 0)) {
                doc.paragraph("本部门（单位）" + year + "年度无政府性基金预算财政拨款收入、支出，故政府性基金预算财政拨款收入支出决算表为空表。");
                return;
            }
            doc.paragraph(year + "年度政府性基金预算财政拨款年初结转和结余" + Figures.amount(c.of("公开07 合计行 1栏")) + "万元，本年收入"
                + Figures.amount(c.of("公开07 合计行 2栏")) + "万元，本年支出" + Figures.amount(c.of("公开07 合计行 3栏")) + "万元，年末结转和结余"
                + Figures.amount(c.of("公开07 合计行 6栏")) + "万元。具体支出情况为：" + FILL + "。");
        }

        private void stateCapital() {
            doc.heading(1, "八、国有资本经营预算财政拨款支出决算情况说明");
            if (c.of("公开08 合计行 1栏").signum() == 0) {
                doc.paragraph("本部门（单位）" + year + "年度无国有资本经营预算财政拨款支出，故国有资本经营预算财政拨款支出决算表为空表。");
                return;
            }
            doc.paragraph(year + "年度国有资本经营预算财政拨款本年支出" + Figures.amount(c.of("公开08 合计行 1栏")) + "万元。具体支出情况为：" + FILL + "。");
        }

        private void sanGong() {
            doc.heading(1, "九、财政拨款“三公”经费支出决算情况说明");
            doc.heading(2, "（一）“三公”经费财政拨款支出决算总体情况说明");
            doc.paragraph(year + "年度“三公”经费财政拨款支出" + budgetSentence(1, 7) + change("", c.of("公开09 7栏"), "公开09 7栏")
                + "决算数与全年预算数的差异原因：" + FILL + "。");
            doc.heading(2, "（二）“三公”经费财政拨款支出决算具体情况说明");
            doc.paragraph("1. 因公出国（境）费" + budgetSentence(2, 8) + change("", c.of("公开09 8栏"), "公开09 8栏") + "全年支出涉及出国（境）团组"
                + FILL + "个，累计" + FILL + "人次。");
            doc.paragraph("2. 公务用车购置及运行维护费" + budgetSentence(3, 9) + change("", c.of("公开09 9栏"), "公开09 9栏") + "其中：");
            doc.paragraph("（1）公务用车购置费支出" + Figures.amount(c.of("公开09 10栏")) + "万元，本年度购置（更新）公务用车" + FILL + "辆。");
            doc.paragraph("（2）公务用车运行维护费支出" + Figures.amount(c.of("公开09 11栏")) + "万元，主要用于" + FILL + "。截至" + year
                + "年12月31日，开支财政拨款的公务用车保有量为" + FILL + "辆。");
            doc.paragraph("3. 公务接待费" + budgetSentence(6, 12) + change("", c.of("公开09 12栏"), "公开09 12栏") + "其中：国内公务接待" + FILL
                + "批次，" + FILL + "人次。");
        }

        /**
         * “全年预算为 6.55 万元，支出决算为 1.57 万元，完成全年预算的 24.0%。”; without a budget no rate is computed: “全年无预算，
         * 支出决算为 0.62 万元。”, or “全年无预算，也无支出。” as real 情况说明 write it.
         */
        private String budgetSentence(int budgetColumn, int actualColumn) {
            BigDecimal budget = c.of("公开09 " + budgetColumn + "栏");
            BigDecimal actual = c.of("公开09 " + actualColumn + "栏");
            if (budget.signum() == 0) {
                return actual.signum() == 0 ? "全年无预算，也无支出。" : "全年无预算，支出决算为" + Figures.amount(actual) + "万元。";
            }
            return "全年预算为" + Figures.amount(budget) + "万元，支出决算为" + Figures.amount(actual) + "万元，完成全年预算的"
                + Figures.share(actual, budget) + "%。";
        }

        /**
         * “与 2022 年度相比，收入合计增加 A 万元，增长 B%，主要原因是：【请填写】。”, computed from last year's workbook, or with
         * placeholders when there is none.
         */
        private String change(String subject, BigDecimal now, String ref) {
            String lead = subject.isEmpty() ? "较上年" : "与" + (year - 1) + "年度相比，" + subject;
            if (p == null) {
                return lead + "增加（减少）" + FILL + "万元，增长（下降）" + FILL + "%，主要原因是：" + FILL + "。";
            }
            BigDecimal before = p.of(ref);
            BigDecimal diff = now.subtract(before);
            boolean up = diff.signum() >= 0;
            String rate = before.signum() == 0 ? (diff.signum() == 0 ? "0" : "100")
                : diff.abs().multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP).toPlainString();
            return lead + (up ? "增加" : "减少") + Figures.amount(diff.abs()) + "万元，" + (up ? "增长" : "下降") + rate + "%，主要原因是："
                + FILL + "。";
        }

        /**
         * The parts of a whole as real 情况说明 list them: the ones with an amount, then “本部门无…” naming the ones without
         * (“事业收入 0.00 万元，占本年收入 0.0%” is never written).
         */
        private static final class Parts {
            private final List<String> names = new ArrayList<>();
            private final List<BigDecimal> values = new ArrayList<>();
            private final List<String> texts = new ArrayList<>();
            private final List<String> none = new ArrayList<>();

            void add(String name, BigDecimal value, String text) {
                if (value.signum() == 0) {
                    none.add(name);
                    return;
                }
                names.add(name);
                values.add(value);
                texts.add(text);
            }

            String sentence(String lead, String separator) {
                String s = texts.isEmpty() ? "" : lead + String.join(separator, texts) + "。";
                return s + (none.isEmpty() ? "" : "本部门无" + String.join("、", none) + "。");
            }

            List<String> names() {
                return names;
            }

            List<BigDecimal> values() {
                return values;
            }
        }

        private static BigDecimal value(TableRow r, int column) {
            return r.cell(column) == null ? BigDecimal.ZERO : r.cell(column).value().setScale(2, RoundingMode.HALF_UP);
        }

        private static TableRow parent(RecognisedTable t, TableRow row) {
            String code = row.code();
            return code == null || code.length() < 5 ? null : t.code(code.substring(0, code.length() - 2)).orElse(null);
        }
    }
}
