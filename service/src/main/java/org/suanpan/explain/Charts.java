package org.suanpan.explain;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.math.BigDecimal;
import java.util.List;

/**
 * Native Word charts whose data live in the chart's own embedded workbook, so a department can right-click the
 * chart in Word or WPS, choose “编辑数据”, and change it.
 */
final class Charts {
    private static final int WIDTH = (int) (15 * Units.EMU_PER_CENTIMETER);
    private static final int HEIGHT = (int) (8.5 * Units.EMU_PER_CENTIMETER);

    private Charts() {
    }

    /** A pie of the parts of a whole (收入决算结构, 支出决算结构). */
    static XWPFChart pie(XWPFRun run, String title, List<String> categories, List<BigDecimal> values) throws Exception {
        XWPFChart chart = run.getDocument().createChart(run, WIDTH, HEIGHT);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFDataSource<String> cats = categories(chart, categories);
        XDDFNumericalDataSource<Double> vals = values(chart, values, 1);
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series s = data.addSeries(cats, vals);
        s.setTitle("金额（万元）", header(chart, "金额（万元）", 1));
        fill(chart, categories, List.of(values));
        chart.plot(data);
        return chart;
    }

    /** Bars side by side (收、支决算总计变动情况): one series per entry of {@code series}, one bar group per category. */
    static XWPFChart bars(XWPFRun run, String title, List<String> categories, List<String> seriesNames, List<List<BigDecimal>> series)
        throws Exception {
        XWPFChart chart = run.getDocument().createChart(run, WIDTH, HEIGHT);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle("万元");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        XDDFDataSource<String> cats = categories(chart, categories);
        for (int i = 0; i < series.size(); i++) {
            XDDFChartData.Series s = data.addSeries(cats, values(chart, series.get(i), i + 1));
            s.setTitle(seriesNames.get(i), header(chart, seriesNames.get(i), i + 1));
        }
        fill(chart, categories, series);
        chart.plot(data);
        return chart;
    }

    private static XDDFDataSource<String> categories(XDDFChart chart, List<String> categories) {
        String range = chart.formatRange(new CellRangeAddress(1, categories.size(), 0, 0));
        return XDDFDataSourcesFactory.fromArray(categories.toArray(new String[0]), range, 0);
    }

    private static XDDFNumericalDataSource<Double> values(XDDFChart chart, List<BigDecimal> values, int column) {
        String range = chart.formatRange(new CellRangeAddress(1, values.size(), column, column));
        Double[] v = values.stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        return XDDFDataSourcesFactory.fromArray(v, range, column);
    }

    /** The series name in the header row of the embedded sheet, and a reference to it. */
    private static CellReference header(XDDFChart chart, String title, int column) throws Exception {
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        XSSFRow row = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
        XSSFCell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
        cell.setCellValue(title);
        return new CellReference(sheet.getSheetName(), 0, column, true, true);
    }

    /** The data into the embedded sheet, below the header row: categories in column A, one column per series. */
    private static void fill(XDDFChart chart, List<String> categories, List<List<BigDecimal>> series) throws Exception {
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        XSSFRow head = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
        (head.getCell(0) != null ? head.getCell(0) : head.createCell(0)).setCellValue("项目");
        for (int i = 0; i < categories.size(); i++) {
            XSSFRow row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            (row.getCell(0) != null ? row.getCell(0) : row.createCell(0)).setCellValue(categories.get(i));
            for (int s = 0; s < series.size(); s++) {
                XSSFCell cell = row.getCell(s + 1) != null ? row.getCell(s + 1) : row.createCell(s + 1);
                cell.setCellValue(series.get(s).get(i).doubleValue());
            }
        }
    }
}
