package org.suanpan.explain;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
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
 *
 * <p>Every series (and every slice of a pie) carries its own fill. Left to “automatic”, a chart takes its colours
 * from the document's theme, and a document written by POI has none: Word falls back to its defaults, but LibreOffice
 * draws the bars and slices without any fill — the chart looks empty. The other settings Word writes itself
 * (visible cells only, blanks as gaps, title kept, square corners) are written too rather than left to each
 * program's default.
 */
final class Charts {
    private static final int WIDTH = (int) (15 * Units.EMU_PER_CENTIMETER);
    private static final int HEIGHT = (int) (8.5 * Units.EMU_PER_CENTIMETER);
    /** Office's accent colours, in Office's order. */
    static final List<String> PALETTE = List.of("4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E");

    private Charts() {
    }

    /** A pie of the parts of a whole (收入决算结构, 支出决算结构). */
    static XWPFChart pie(XWPFRun run, String title, List<String> rawCategories, List<BigDecimal> values) throws Exception {
        List<String> categories = rawCategories.stream().map(org.suanpan.text.Xml::safe).toList();
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
        labels(((org.apache.poi.xddf.usermodel.chart.XDDFPieChartData.Series) s).getCTPieSer().addNewDLbls(), "0.0%", false, true);
        for (int i = 0; i < categories.size(); i++) {
            XDDFDataPoint point = s.getDataPoint(i);
            point.setFillProperties(solid(i));
            point.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {-1, -1, -1}))));
        }
        settle(chart);
        return chart;
    }

    /** Bars side by side (收、支决算总计变动情况): one series per entry of {@code series}, one bar group per category. */
    static XWPFChart bars(XWPFRun run, String title, List<String> rawCategories, List<String> seriesNames, List<List<BigDecimal>> series)
        throws Exception {
        List<String> categories = rawCategories.stream().map(org.suanpan.text.Xml::safe).toList();
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
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> cats = categories(chart, categories);
        for (int i = 0; i < series.size(); i++) {
            XDDFChartData.Series s = data.addSeries(cats, values(chart, series.get(i), i + 1));
            s.setTitle(seriesNames.get(i), header(chart, seriesNames.get(i), i + 1));
        }
        fill(chart, categories, series);
        chart.plot(data);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            data.getSeries(i).setFillProperties(solid(i));
            labels(((XDDFBarChartData.Series) data.getSeries(i)).getCTBarSer().addNewDLbls(), "#,##0.00", true, false);
        }
        settle(chart);
        return chart;
    }

    /**
     * Data labels, so a printed chart can be read without its embedded sheet: the amount on each bar, the share on
     * each slice.
     */
    private static void labels(org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls labels, String format, boolean value,
                               boolean percent) {
        labels.addNewNumFmt().setFormatCode(format);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(value);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(percent);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static XDDFSolidFillProperties solid(int i) {
        String hex = PALETTE.get(i % PALETTE.size());
        byte[] rgb = new byte[3];
        for (int k = 0; k < 3; k++) {
            rgb[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        }
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    /** What Word writes for every chart and other programs otherwise guess. */
    private static void settle(XDDFChart chart) {
        chart.setAutoTitleDeleted(false);
        chart.setPlotOnlyVisibleCells(true);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        if (!chart.getCTChartSpace().isSetRoundedCorners()) {
            chart.getCTChartSpace().addNewRoundedCorners();
        }
        chart.getCTChartSpace().getRoundedCorners().setVal(false);
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
        cell.setCellValue(org.suanpan.text.Xml.safe(title));
        return new CellReference(sheet.getSheetName(), 0, column, true, true);
    }

    /** The data into the embedded sheet, below the header row: categories in column A, one column per series. */
    private static void fill(XDDFChart chart, List<String> categories, List<List<BigDecimal>> series) throws Exception {
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        XSSFRow head = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
        (head.getCell(0) != null ? head.getCell(0) : head.createCell(0)).setCellValue("项目");
        for (int i = 0; i < categories.size(); i++) {
            XSSFRow row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            (row.getCell(0) != null ? row.getCell(0) : row.createCell(0)).setCellValue(org.suanpan.text.Xml.safe(categories.get(i)));
            for (int s = 0; s < series.size(); s++) {
                XSSFCell cell = row.getCell(s + 1) != null ? row.getCell(s + 1) : row.createCell(s + 1);
                cell.setCellValue(series.get(s).get(i).doubleValue());
            }
        }
    }
}
