package org.suanpan.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.suanpan.check.CheckResult;
import org.suanpan.recognise.AmountCell;
import org.suanpan.recognise.RecognisedTable;
import org.suanpan.recognise.TableRow;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables as other provinces and years print them, made from a sample: titles of other provinces (收入支出决算表
 * for 公开01, 基本支出决算表 without 明细, the 三公 table under five names), older 公开01 layouts, the 三公 table
 * with 会议费 and 培训费, amounts in 元, eight-table sets with a statement, extra tables. Each variant keeps the
 * sample's figures, so it must give the sample's findings.
 */
public final class TableVariants {
    private static final Pattern TITLE = Pattern.compile("^(\\d{4}年度?)?(.*?)([（(]表\\d+[)）])?$");

    /** One way of printing the sample; {@code edit} changes a copy of it. */
    public record Variant(String name, Consumer<XSSFWorkbook> edit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private TableVariants() {
    }

    /** The sheet that holds table {@code id} (公开01…公开09) in a sample. */
    public static String sheet(String sample, String id) {
        if (sample.equals(Fixtures.SAMPLE_2023)) {
            return id + "表";
        }
        return switch (id) {
            case "公开07" -> "表8";
            case "公开08" -> "表9";
            case "公开09" -> "表7";
            default -> "表" + id.substring(3);
        };
    }

    /** Title variants seen in real publications, one table renamed per variant, and one set renamed as 云南 prints it. */
    public static List<Variant> titles(String sample) {
        List<Variant> out = new ArrayList<>();
        Map<String, String[]> names = new LinkedHashMap<>();
        names.put("公开01", new String[]{"收入支出决算表"});
        names.put("公开02", new String[]{"收入决算总表"});
        names.put("公开03", new String[]{"支出决算总表"});
        names.put("公开04", new String[]{"财政拨款收入支出决算表"});
        names.put("公开05", new String[]{"一般公共预算财政拨款收入支出决算表"});
        names.put("公开06", new String[]{"一般公共预算财政拨款基本支出决算表"});
        names.put("公开07", new String[]{"政府性基金预算财政拨款支出决算表"});
        names.put("公开08", new String[]{"国有资本经营预算财政拨款收入支出决算表", "国有资本经营财政拨款支出决算表"});
        names.put("公开09", new String[]{"一般公共预算财政拨款“三公”经费支出决算表", "财政拨款安排的“三公”经费支出决算表",
            "一般公共预算财政拨款安排的\"三公\"经费支出决算表", "“三公”经费、行政参公单位机关运行经费情况表", "财政拨款三公经费支出决算表",
            "一般公共预算财政拨款“三公”经费及会议费、培训费支出决算表"});
        names.forEach((id, titles) -> {
            for (String t : titles) {
                out.add(new Variant("title " + id + " " + t, wb -> retitle(wb, sheet(sample, id), t)));
            }
        });
        out.add(new Variant("titles as 云南 prints them", wb -> {
            retitle(wb, sheet(sample, "公开01"), "收入支出决算表");
            retitle(wb, sheet(sample, "公开04"), "财政拨款收入支出决算表");
            retitle(wb, sheet(sample, "公开05"), "一般公共预算财政拨款收入支出决算表");
            retitle(wb, sheet(sample, "公开06"), "一般公共预算财政拨款基本支出决算表");
            retitle(wb, sheet(sample, "公开08"), "国有资本经营预算财政拨款收入支出决算表");
            retitle(wb, sheet(sample, "公开09"), "“三公”经费、行政参公单位机关运行经费情况表");
        }));
        return out;
    }

    /** Sets with more or fewer tables than nine. */
    public static List<Variant> sets(String sample) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("extra tables (项目收入支出决算表, 资产负债情况表, 机关运行经费)", wb -> extraTables(wb)));
        out.add(new Variant("eight tables, a sheet saying 公开08 is not published", wb -> {
            wb.removeSheetAt(wb.getSheetIndex(sheet(sample, "公开08")));
            Sheet s = wb.createSheet("说明");
            s.createRow(0).createCell(0).setCellValue("本部门无国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，"
                + "故不公开《国有资本经营预算财政拨款支出决算表》。");
        }));
        out.add(new Variant("eight tables, a note under 公开07 saying 公开08 is empty", wb -> {
            wb.removeSheetAt(wb.getSheetIndex(sheet(sample, "公开08")));
            Sheet s = wb.getSheet(sheet(sample, "公开07"));
            s.createRow(s.getLastRowNum() + 2).createCell(0)
                .setCellValue("说明：本单位2023年度没有国有资本经营预算财政拨款收支，国有资本经营预算财政拨款支出决算表为空表，不再公开。");
        }));
        return out;
    }

    /** The 三公 table with 会议费 and 培训费 in each group; {@code inTotal}: the 合计 columns include them. */
    public static Variant meetingsAndTraining(String sample, boolean inTotal) {
        return new Variant("三公 with 会议费 and 培训费" + (inTotal ? ", 合计 including them" : ""), wb -> {
            Sheet s = wb.getSheet(sheet(sample, "公开09"));
            int header = findRow(s, "预算数");
            Row values = s.getRow(header + 4);
            double[] old = new double[12];
            for (int c = 0; c < 12; c++) {
                Cell cell = values == null ? null : values.getCell(c);
                old[c] = cell != null && cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
            }
            while (s.getNumMergedRegions() > 0) {
                s.removeMergedRegion(0);
            }
            for (int r = header; r <= header + 4; r++) {
                if (s.getRow(r) != null) {
                    s.removeRow(s.getRow(r));
                }
            }
            double[][] extra = {{1.20, 0.80}, {0.95, 0.60}};
            String[] top = {"合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费", "会议费", "培训费"};
            String[] sub = {"", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", ""};
            Row r0 = s.createRow(header);
            Row r1 = s.createRow(header + 1);
            Row r2 = s.createRow(header + 2);
            Row r3 = s.createRow(header + 3);
            Row r4 = s.createRow(header + 4);
            for (int g = 0; g < 2; g++) {
                r0.createCell(g * 8).setCellValue(g == 0 ? "预算数" : "决算数");
                for (int c = 0; c < 8; c++) {
                    int col = g * 8 + c;
                    if (!top[c].isEmpty()) {
                        r1.createCell(col).setCellValue(top[c]);
                    }
                    if (!sub[c].isEmpty()) {
                        r2.createCell(col).setCellValue(sub[c]);
                    }
                    r3.createCell(col).setCellValue(col + 1);
                    double v = c < 6 ? old[g * 6 + c] : extra[g][c - 6];
                    if (c == 0 && inTotal) {
                        v = Math.round((v + extra[g][0] + extra[g][1]) * 100) / 100.0;
                    }
                    r4.createCell(col).setCellValue(v);
                }
                s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(header, header, g * 8, g * 8 + 7));
                s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(header + 1, header + 1, g * 8 + 2, g * 8 + 4));
            }
        });
    }

    /** Every amount in 元 (the sample's figure × 10 000), the 单位 line saying 元. */
    public static Variant inYuan(CheckResult sample) {
        return new Variant("amounts in 元", wb -> {
            for (RecognisedTable t : sample.recognition().tables().values()) {
                for (TableRow row : t.rows()) {
                    for (AmountCell c : row.cells().values()) {
                        Cell cell = wb.getSheet(c.sheet()).getRow(c.row()).getCell(c.col());
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellValue(BigDecimal.valueOf(cell.getNumericCellValue()).multiply(BigDecimal.valueOf(10000)).doubleValue());
                        }
                    }
                }
            }
            replaceEverywhere(wb, "万元", "元");
        });
    }

    /** Every amount in 元 typed as text with thousands separators, as the 2016 sets print them. */
    public static Variant inYuanAsText(CheckResult sample) {
        return new Variant("amounts in 元 as text with separators", wb -> {
            inYuan(sample).edit().accept(wb);
            DecimalFormat f = new DecimalFormat("#,##0.00");
            for (RecognisedTable t : sample.recognition().tables().values()) {
                for (TableRow row : t.rows()) {
                    for (AmountCell c : row.cells().values()) {
                        Cell cell = wb.getSheet(c.sheet()).getRow(c.row()).getCell(c.col());
                        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                            setText(cell, f.format(cell.getNumericCellValue()));
                        }
                    }
                }
            }
        });
    }

    /** 支出 classes of the older sets, in print order (2019/2020 without 抗疫特别国债, 2016 with the names of that year). */
    private static final String[] CLASSES_2019 = {"一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
        "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出",
        "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出"};
    private static final String[] CLASSES_2016 = {"一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化体育与传媒支出", "社会保障和就业支出", "医疗卫生与计划生育支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出",
        "资源勘探信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出", "国土海洋气象等支出", "住房保障支出", "粮油物资储备支出",
        "其他支出", "债务还本支出", "债务付息支出"};

    /** One line of a generated 公开01: 行次 (null for a row without one), label, amount (null for none). */
    private record Line(Integer no, String label, BigDecimal amount) {
    }

    /**
     * The 公开01 of a 2019 set: no 国有资本经营 line on the 收入 side, 收入 lines 1–28, the 支出 side from 行次 29
     * with the 25 classes of that year. The figures are the sample's, read by label.
     */
    public static Variant layout2019(CheckResult sample) {
        return new Variant("公开01 as the 2019 sets print it", wb -> {
            Map<String, BigDecimal> v = figures(sample);
            List<Line> in = new ArrayList<>();
            String[] income = {"一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、上级补助收入", "四、事业收入", "五、经营收入",
                "六、附属单位上缴收入", "七、其他收入"};
            String[] keys = {"一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
            for (int i = 0; i < income.length; i++) {
                in.add(new Line(i + 1, income[i], v.get(keys[i])));
            }
            for (int n = 8; n <= 24; n++) {
                in.add(new Line(n, "", null));
            }
            in.add(new Line(25, "本年收入合计", v.get("本年收入合计")));
            in.add(new Line(26, "使用非财政拨款结余", v.get("使用非财政拨款结余")));
            in.add(new Line(27, "年初结转和结余", v.get("年初结转和结余")));
            in.add(new Line(28, "总计", v.get("收入总计")));
            List<Line> out = expenditure(v, CLASSES_2019, 29);
            writeLines(wb, sample, List.of(in, out), List.of("收入", "支出"));
        });
    }

    /**
     * The 公开01 of a 2016 set: one 财政拨款收入 line, the 支出 side from 行次 28 with the classes of that year, and a
     * third column group 支出（按支出性质）.
     */
    public static Variant layout2016(CheckResult sample) {
        return new Variant("公开01 as the 2016 sets print it", wb -> {
            Map<String, BigDecimal> v = figures(sample);
            List<Line> in = new ArrayList<>();
            BigDecimal grants = sum(v.get("一般公共预算财政拨款收入"), v.get("政府性基金预算财政拨款收入"), v.get("国有资本经营预算财政拨款收入"));
            in.add(new Line(1, "一、财政拨款收入", grants));
            String[] income = {"二、上级补助收入", "三、事业收入", "四、经营收入", "五、附属单位上缴收入", "六、其他收入"};
            String[] keys = {"上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
            for (int i = 0; i < income.length; i++) {
                in.add(new Line(i + 2, income[i], v.get(keys[i])));
            }
            for (int n = 7; n <= 22; n++) {
                in.add(new Line(n, "", null));
            }
            in.add(new Line(23, "本年收入合计", v.get("本年收入合计")));
            in.add(new Line(24, "用事业基金弥补收支差额", v.get("使用非财政拨款结余")));
            in.add(new Line(25, "年初结转和结余", v.get("年初结转和结余")));
            in.add(new Line(26, "", null));
            in.add(new Line(27, "总计", v.get("收入总计")));
            List<Line> out = expenditure(v, CLASSES_2016, 28);
            int next = out.get(out.size() - 1).no() + 1;
            List<Line> nature = new ArrayList<>();
            nature.add(new Line(next, "一、基本支出", v.get("基本支出")));
            nature.add(new Line(next + 1, "二、项目支出", v.get("项目支出")));
            nature.add(new Line(next + 2, "三、上缴上级支出", v.get("上缴上级支出")));
            nature.add(new Line(next + 3, "四、经营支出", v.get("经营支出")));
            nature.add(new Line(next + 4, "五、对附属单位补助支出", v.get("对附属单位补助支出")));
            nature.add(new Line(next + 5, "本年支出合计", v.get("本年支出合计")));
            writeLines(wb, sample, List.of(in, out, nature), List.of("收入", "支出（按功能分类）", "支出（按支出性质）"));
        });
    }

    private static List<Line> expenditure(Map<String, BigDecimal> v, String[] classes, int from) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < classes.length; i++) {
            String name = classes[i].replace("医疗卫生与计划生育支出", "卫生健康支出").replace("文化体育与传媒支出", "文化旅游体育与传媒支出")
                .replace("资源勘探信息等支出", "资源勘探工业信息等支出").replace("国土海洋气象等支出", "自然资源海洋气象等支出");
            out.add(new Line(from + i, org.suanpan.definition.ChineseNumerals.ordinal(i + 1) + "、" + classes[i], v.get(name)));
        }
        int n = from + classes.length;
        out.add(new Line(n, "本年支出合计", v.get("本年支出合计")));
        out.add(new Line(n + 1, "结余分配", v.get("结余分配")));
        out.add(new Line(n + 2, "年末结转和结余", v.get("年末结转和结余")));
        out.add(new Line(n + 3, "总计", v.get("支出总计")));
        return out;
    }

    /** The sample's 公开01 figures by label (总计 as 收入总计 / 支出总计), and the 公开03 totals by column header. */
    private static Map<String, BigDecimal> figures(CheckResult sample) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        RecognisedTable t01 = sample.recognition().tables().get("公开01");
        for (TableRow r : t01.rows()) {
            String key = org.suanpan.text.Text.label(r.label());
            BigDecimal amount = r.cells().values().stream().map(AmountCell::value).findFirst().orElse(null);
            if (key.startsWith("使用非财政拨款结余")) {
                key = "使用非财政拨款结余";
            }
            if (key.equals("总计")) {
                key = r.side() + "总计";
            }
            v.put(key, amount);
        }
        RecognisedTable t03 = sample.recognition().tables().get("公开03");
        TableRow total = t03.total().orElseThrow();
        String[] names = {"本年支出合计*", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"};
        for (int c = 2; c <= 6; c++) {
            AmountCell cell = total.cell(c);
            v.put(names[c - 1], cell == null ? null : cell.value());
        }
        return v;
    }

    private static BigDecimal sum(BigDecimal... values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal b : values) {
            s = b == null ? s : s.add(b);
        }
        return s;
    }

    /** Rewrites the 公开01 sheet below its title and 单位 line with the given sides, each 项目 | 行次 | 金额. */
    private static void writeLines(Workbook wb, CheckResult sample, List<List<Line>> sides, List<String> names) {
        RecognisedTable t01 = sample.recognition().tables().get("公开01");
        Sheet s = wb.getSheet(t01.sheet());
        while (s.getNumMergedRegions() > 0) {
            s.removeMergedRegion(0);
        }
        int top = t01.titleRow() + 2;
        for (int r = s.getLastRowNum(); r >= top; r--) {
            if (s.getRow(r) != null) {
                s.removeRow(s.getRow(r));
            }
        }
        int height = sides.stream().mapToInt(List::size).max().orElse(0);
        Row sideRow = s.createRow(top);
        Row head = s.createRow(top + 1);
        Row numbers = s.createRow(top + 2);
        for (int i = 0; i < sides.size(); i++) {
            int c = i * 3;
            sideRow.createCell(c).setCellValue(names.get(i));
            head.createCell(c).setCellValue("项目");
            head.createCell(c + 1).setCellValue("行次");
            head.createCell(c + 2).setCellValue("金额");
            numbers.createCell(c).setCellValue("栏次");
            numbers.createCell(c + 2).setCellValue(i + 1);
            List<Line> lines = sides.get(i);
            for (int k = 0; k < lines.size(); k++) {
                // the last line (总计) stands on the table's last row, as printed
                int at = k == lines.size() - 1 ? height - 1 : k;
                Row row = s.getRow(top + 3 + at) == null ? s.createRow(top + 3 + at) : s.getRow(top + 3 + at);
                Line l = lines.get(k);
                if (!l.label().isEmpty()) {
                    row.createCell(c).setCellValue(l.label());
                }
                if (l.no() != null) {
                    row.createCell(c + 1).setCellValue(l.no());
                }
                if (l.amount() != null) {
                    row.createCell(c + 2).setCellValue(l.amount().doubleValue());
                }
            }
        }
        s.createRow(top + 3 + height).createCell(0).setCellValue("注：本表反映部门本年度的总收支和年末结转结余情况。");
    }

    /** Replaces the title of the table on {@code sheet}, keeping the year in front and the table number behind. */
    public static void retitle(Workbook wb, String sheet, String title) {
        Sheet s = wb.getSheet(sheet);
        Cell cell = s.getRow(0).getCell(0);
        Matcher m = TITLE.matcher(cell.getStringCellValue().trim());
        if (!m.matches()) {
            throw new IllegalStateException(cell.getStringCellValue());
        }
        setText(cell, (m.group(1) == null ? "" : m.group(1)) + title + (m.group(3) == null ? "" : m.group(3)));
    }

    /**
     * Sets a text: the samples store strings inline, and POI keeps the old inline text beside a new value unless the
     * cell is emptied first.
     */
    public static void setText(Cell cell, String text) {
        cell.setBlank();
        cell.setCellValue(text);
    }

    static int findRow(Sheet s, String text) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().replaceAll("\\s", "").equals(text)) {
                    return r.getRowNum();
                }
            }
        }
        throw new IllegalStateException("no " + text + " in " + s.getSheetName());
    }

    static void replaceEverywhere(Workbook wb, String from, String to) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    // the samples write some characters in compatibility forms: compare as NFKC
                    String text = c.getCellType() == CellType.STRING
                        ? java.text.Normalizer.normalize(c.getStringCellValue(), java.text.Normalizer.Form.NFKC) : "";
                    if (text.contains(from)) {
                        setText(c, text.replace(from, to));
                    }
                }
            }
        }
    }

    private static void extraTables(Workbook wb) {
        Sheet p = wb.createSheet("项目收入支出");
        String[][] project = {
            {"项目收入支出决算表"}, {"部门：示例单位", "", "", "单位：万元"}, {"项目", "年初结转和结余", "本年收入", "本年支出"},
            {"信息系统运维", "0", "12.5", "12.5"}, {"医保基金监管专项", "3.2", "40", "41.8"}};
        fill(p, project);
        Sheet a = wb.createSheet("资产负债");
        String[][] assets = {
            {"资产负债情况表"}, {"单位：万元"}, {"项目", "行次", "年初数", "年末数"},
            {"流动资产", "1", "320.5", "298.1"}, {"固定资产", "2", "88.2", "80.4"}, {"资产总计", "3", "408.7", "378.5"}};
        fill(a, assets);
        Sheet o = wb.createSheet("机关运行经费");
        String[][] running = {
            {"机关运行经费支出决算表"}, {"单位：万元"}, {"项目", "金额"}, {"办公费", "6.4"}, {"水电费", "2.1"}, {"合计", "8.5"}};
        fill(o, running);
    }

    private static void fill(Sheet s, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                String v = rows[r][c];
                if (v.matches("-?\\d+(\\.\\d+)?")) {
                    row.createCell(c).setCellValue(Double.parseDouble(v));
                } else if (!v.isEmpty()) {
                    row.createCell(c).setCellValue(v);
                }
            }
        }
    }
}
