package org.suanpan.explain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.suanpan.Engine;
import org.suanpan.check.Quantities;
import org.suanpan.check.Quantity;
import org.suanpan.cli.Cli;
import org.suanpan.definition.TemplateSource;
import org.suanpan.narrative.Vocabulary;
import org.suanpan.recognise.Recognition;
import org.suanpan.rules.FormulaParser;
import org.suanpan.testing.Fixtures;
import org.suanpan.testing.Office;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 情况说明 draft that {@code explain} writes passes {@code check} against its own workbook, has the standard
 * outline, four native charts that hold the tables' figures in their own embedded workbooks and are drawn with
 * colour when LibreOffice renders them.
 */
class ExplainTest {
    private static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final List<String> HEADINGS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三");
    /** The section each heading must open, by templates/narrative/sections.txt. */
    private static final List<String> SECTIONS = List.of("总体", "收入", "支出", "财政拨款", "一般公共预算", "基本支出", "政府性基金", "国有资本", "三公",
        "机关运行", "政府采购", "资产", "绩效");

    private final Engine engine = Fixtures.engine();

    @TempDir
    Path dir;

    static Stream<Arguments> drafts() {
        return Stream.of(Arguments.of(Fixtures.SAMPLE_2023, null), Arguments.of(Fixtures.SAMPLE_2022, null),
            Arguments.of(Fixtures.SAMPLE_2023, Fixtures.PRIOR_OF_2023));
    }

    private Path explain(String sample, String prior) {
        Path out = dir.resolve((prior == null ? "" : "prior-") + sample.replace(".xlsx", ".docx"));
        List<String> args = new ArrayList<>(List.of("explain", Fixtures.sample(sample).toString(), "-o", out.toString()));
        if (prior != null) {
            args.addAll(List.of("--prior", Fixtures.sample(prior).toString()));
        }
        Run r = run(args.toArray(new String[0]));
        assertEquals(0, r.code, r.err);
        assertTrue(Files.isRegularFile(out), r.out);
        return out;
    }

    // ── the draft checks clean

    @ParameterizedTest
    @MethodSource("drafts")
    void theDraftPassesCheckAgainstItsWorkbook(String sample, String prior) throws Exception {
        Path draft = explain(sample, prior);
        List<String> args = new ArrayList<>(List.of("check", Fixtures.sample(sample).toString(), "--narrative", draft.toString()));
        if (prior != null) {
            args.addAll(List.of("--prior", Fixtures.sample(prior).toString()));
        }
        Run r = run(args.toArray(new String[0]));
        assertEquals(0, r.code, r.out);
        JsonNode json = new ObjectMapper().readTree(r.out);
        assertEquals(0, json.get("stats").get("errors").asInt(), r.out);
        assertTrue(json.get("stats").get("claims").asInt() > 60, "the draft's figures are checked: " + json.get("stats"));
        for (JsonNode f : json.get("findings")) {
            String severity = f.get("severity").asText();
            assertFalse(f.get("source").asText().equals("narrative") && !severity.equals("info"), "the draft itself is flagged: " + f);
            if (severity.equals("warning")) {
                // the only warning allowed: 三公 spending rose on last year, which the text must explain — shown here to be so
                assertEquals("W09-05", f.get("rule").asText(), f.toString());
                assertNotNull(prior);
                assertTrue(figure(recognition(sample), "公开09 7栏").compareTo(figure(recognition(prior), "公开09 7栏")) > 0);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("drafts")
    void zeroItemsAreNamedAsAbsentNotListedAndEveryChartIsLabelled(String sample, String prior) throws Exception {
        Path draft = explain(sample, prior);
        List<String> body = bodyOfSections(draft, 1, 9);
        String text = String.join("\n", body);
        assertFalse(text.matches("(?s).*[^\\d.]0\\.00万元，占.*"), "no zero part with its share: " + text);
        assertFalse(text.contains("完成全年预算的0%"), text);
        Recognition r = recognition(sample);
        if (figure(r, "公开01 5行").signum() == 0) {
            assertTrue(text.contains("本部门无") && text.contains("事业收入"), text);
        }
        if (figure(r, "公开09 2栏").signum() == 0) {
            assertTrue(text.contains("因公出国（境）费全年无预算"), text);
        }
        try (ZipFile zip = new ZipFile(draft.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().matches("word/charts/chart\\d+\\.xml")) {
                    Document chart = xml(zip, e.getName());
                    NodeList series = chart.getElementsByTagNameNS(C, "ser");
                    for (int s = 0; s < series.getLength(); s++) {
                        Element labels = child((Element) series.item(s), "dLbls");
                        assertNotNull(labels, e.getName() + " series " + s + " has data labels");
                        boolean shown = "1".equals(child(labels, "showVal").getAttribute("val")) || "true".equals(child(labels, "showVal").getAttribute("val"))
                            || "1".equals(child(labels, "showPercent").getAttribute("val")) || "true".equals(child(labels, "showPercent").getAttribute("val"));
                        assertTrue(shown, e.getName());
                    }
                }
            }
        }
    }

    @Test
    void withLastYearsWorkbookTheChangesAreWrittenAndWithoutItLeftToFill() throws Exception {
        Recognition now = recognition(Fixtures.SAMPLE_2023);
        Recognition before = recognition(Fixtures.PRIOR_OF_2023);
        List<String> filled = bodyOfSections(explain(Fixtures.SAMPLE_2023, Fixtures.PRIOR_OF_2023), 1, 9);
        List<String> open = bodyOfSections(explain(Fixtures.SAMPLE_2023, null), 1, 9);

        BigDecimal change = figure(now, "公开01 本年收入合计").subtract(figure(before, "公开01 本年收入合计"));
        BigDecimal rate = change.multiply(BigDecimal.valueOf(100)).divide(figure(before, "公开01 本年收入合计"), 1, RoundingMode.HALF_UP);
        String expected = "收入合计" + (change.signum() >= 0 ? "增加" : "减少") + change.abs().setScale(2, RoundingMode.HALF_UP).toPlainString()
            + "万元，" + (change.signum() >= 0 ? "增长" : "下降") + rate.toPlainString() + "%";
        assertTrue(filled.stream().anyMatch(p -> p.contains(expected)), expected + " in " + filled);
        assertTrue(filled.stream().noneMatch(p -> p.contains("增加（减少）" + DraftWriter.FILL)), filled.toString());
        assertTrue(open.stream().anyMatch(p -> p.contains("收入合计增加（减少）" + DraftWriter.FILL + "万元")), open.toString());
    }

    // ── the outline

    @ParameterizedTest
    @MethodSource("drafts")
    void theDraftHasTheStandardOutlineWithTenToThirteenLeftToFill(String sample, String prior) throws Exception {
        Vocabulary vocabulary = Vocabulary.load(TemplateSource.builtIn());
        try (InputStream in = Files.newInputStream(explain(sample, prior)); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> headings = new ArrayList<>();
            Map<String, List<String>> bodies = new LinkedHashMap<>();
            List<String> body = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings.add(p.getText());
                    body = new ArrayList<>();
                    bodies.put(p.getText(), body);
                } else if (body != null && !p.getText().isBlank()) {
                    body.add(p.getText());
                }
            }
            assertEquals(HEADINGS.size(), headings.size(), headings.toString());
            for (int i = 0; i < HEADINGS.size(); i++) {
                String h = headings.get(i);
                assertTrue(h.startsWith(HEADINGS.get(i) + "、"), h);
                assertEquals(SECTIONS.get(i), vocabulary.sectionOfHeading(h).key(), "the checker reads “" + h + "” as its section");
                List<String> text = bodies.get(h);
                assertFalse(text.isEmpty(), h);
                if (i < 9) {
                    // written from the tables: its amounts, or the statement that the department has none (本部门…无…)
                    assertTrue(text.stream().anyMatch(t -> t.matches(".*\\d+\\.\\d{2}万元.*") || t.matches("本部门(（单位）)?\\d{4}年度无.*")),
                        "written from the tables: " + h + " " + text);
                } else {
                    assertTrue(text.stream().allMatch(t -> t.contains(DraftWriter.FILL)), "left to fill: " + h + " " + text);
                }
            }
        }
    }

    // ── the charts

    @ParameterizedTest
    @MethodSource("drafts")
    void fourChartsHoldTheTablesFiguresInTheirOwnWorkbooksWithAFillForEverySeries(String sample, String prior) throws Exception {
        Path draft = explain(sample, prior);
        Recognition now = recognition(sample);
        Recognition before = prior == null ? null : recognition(prior);
        Map<String, ChartData> expected = expectedCharts(now, before);
        try (ZipFile zip = new ZipFile(draft.toFile())) {
            List<String> charts = new ArrayList<>();
            List<String> embeddings = new ArrayList<>();
            zip.stream().map(ZipEntry::getName).forEach(n -> {
                if (n.matches("word/charts/chart\\d+\\.xml")) {
                    charts.add(n);
                } else if (n.startsWith("word/embeddings/") && n.endsWith(".xlsx")) {
                    embeddings.add(n);
                }
            });
            assertEquals(4, charts.size(), charts.toString());
            assertEquals(4, embeddings.size(), embeddings.toString());
            Set<String> embeddedUsed = new HashSet<>();
            Set<String> titles = new HashSet<>();
            for (String name : charts) {
                Document chart = xml(zip, name);
                String title = text(chart.getElementsByTagNameNS(C, "title").item(0));
                titles.add(title);
                ChartData want = expected.get(title);
                assertNotNull(want, "an expected chart: " + title);
                String embedded = embeddedWorkbook(zip, name);
                embeddedUsed.add(embedded);
                try (InputStream in = zip.getInputStream(zip.getEntry(embedded)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    NodeList series = chart.getElementsByTagNameNS(C, "ser");
                    assertEquals(want.series().size(), series.getLength(), title);
                    List<String> colours = new ArrayList<>();
                    for (int s = 0; s < series.getLength(); s++) {
                        Element ser = (Element) series.item(s);
                        Element cat = child(ser, "cat");
                        Element val = child(ser, "val");
                        List<String> categories = points(cat, "strCache");
                        List<String> cached = points(val, "numCache");
                        assertEquals(want.categories(), categories, title + ": categories");
                        String seriesName = points(child(ser, "tx"), "strCache").get(0);
                        List<BigDecimal> values = want.series().get(seriesName);
                        assertNotNull(values, title + ": series " + seriesName);
                        assertEquals(values.size(), cached.size(), title);
                        for (int i = 0; i < values.size(); i++) {
                            assertEquals(0, values.get(i).compareTo(new BigDecimal(cached.get(i)).setScale(2, RoundingMode.HALF_UP)),
                                title + " " + seriesName + " " + categories.get(i));
                        }
                        // the embedded workbook holds the same, where the chart's references say
                        assertEquals(categories, cells(wb, formula(cat)).stream().map(Cell::getStringCellValue).toList(), title);
                        assertEquals(cached.stream().map(Double::valueOf).toList(),
                            cells(wb, formula(val)).stream().map(Cell::getNumericCellValue).toList(), title);
                        assertEquals(seriesName, cells(wb, formula(child(ser, "tx"))).get(0).getStringCellValue(), title);
                        // an explicit fill for every bar series and every slice: without one LibreOffice draws nothing
                        if ("pieChart".equals(ser.getParentNode().getLocalName())) {
                            List<Element> dPts = children(ser, "dPt");
                            assertEquals(categories.size(), dPts.size(), title + ": a fill per slice");
                            for (Element p : dPts) {
                                colours.add(fill(p, title));
                            }
                        } else {
                            colours.add(fill(child(ser, "spPr"), title));
                        }
                    }
                    assertEquals(colours.size(), new HashSet<>(colours).size(), title + ": colours tell apart " + colours);
                }
            }
            assertEquals(expected.keySet(), titles);
            assertEquals(new HashSet<>(embeddings), embeddedUsed, "each chart its own workbook");
        }
    }

    /** A chart's categories and each series' values, by series name. */
    private record ChartData(List<String> categories, Map<String, List<BigDecimal>> series) {
    }

    /**
     * The charts by title, from the tables. The pies' parts add up to their whole and the totals of income and
     * spending agree, so the figures are the right ones.
     */
    private static Map<String, ChartData> expectedCharts(Recognition now, Recognition before) {
        int year = DraftWriter.year(now);
        List<Recognition> years = before == null ? List.of(now) : List.of(before, now);
        List<String> yearLabels = before == null ? List.of(year + "年度") : List.of((year - 1) + "年度", year + "年度");
        Map<String, ChartData> out = new LinkedHashMap<>();

        Map<String, List<BigDecimal>> totals = new LinkedHashMap<>();
        totals.put("收入总计", years.stream().map(r -> figure(r, "公开01 总计")).toList());
        totals.put("支出总计", years.stream().map(r -> figure(r, "公开01 本年支出合计").add(figure(r, "公开01 结余分配"))
            .add(figure(r, "公开01 年末结转和结余"))).toList());
        assertEquals(totals.get("收入总计"), totals.get("支出总计"), "收、支总计 agree");
        out.put("收、支决算总计变动情况", new ChartData(yearLabels, totals));

        List<BigDecimal> income = Stream.of("公开01 (1行+2行+3行)", "公开01 4行", "公开01 5行", "公开01 6行", "公开01 7行", "公开01 8行")
            .map(ref -> figure(now, ref)).toList();
        assertSums(income, figure(now, "公开01 本年收入合计"));
        out.put("收入决算结构", nonZero(List.of("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"), income));

        List<BigDecimal> spending = Stream.of(2, 3, 4, 5, 6).map(c -> figure(now, "公开03 合计行 " + c + "栏")).toList();
        assertSums(spending, figure(now, "公开01 本年支出合计"));
        out.put("支出决算结构", nonZero(List.of("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"), spending));

        Map<String, List<BigDecimal>> fiscal = new LinkedHashMap<>();
        fiscal.put("财政拨款收入总计", years.stream().map(r -> figure(r, "公开04 总计")).toList());
        fiscal.put("财政拨款支出总计", years.stream().map(r -> figure(r, "公开04 64行 2栏")).toList());
        assertEquals(fiscal.get("财政拨款收入总计"), fiscal.get("财政拨款支出总计"), "财政拨款收、支总计 agree");
        out.put("财政拨款收、支决算总计变动情况", new ChartData(yearLabels, fiscal));
        return out;
    }

    /** A pie has a slice for each part with an amount: a zero part is named in the text (本部门无…), not drawn. */
    private static ChartData nonZero(List<String> names, List<BigDecimal> values) {
        List<String> n = new ArrayList<>();
        List<BigDecimal> v = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i).signum() != 0) {
                n.add(names.get(i));
                v.add(values.get(i));
            }
        }
        return new ChartData(n, Map.of("金额（万元）", v));
    }

    private static void assertSums(List<BigDecimal> parts, BigDecimal whole) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(parts.size() + 1L));
        assertTrue(sum.subtract(whole).abs().compareTo(tolerance) <= 0, parts + " add up to " + whole);
    }

    // ── LibreOffice

    @ParameterizedTest
    @MethodSource("drafts")
    void theDraftOpensInLibreOfficeWithItsHeadingsAndColouredCharts(String sample, String prior) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Office.skipped(), "SUANPAN_SKIP_OFFICE=1: LibreOffice runs in the integration-test phase");
        Path draft = explain(sample, prior);
        Path pdf = Office.toPdf(draft);
        String text = Office.text(pdf).replaceAll("\\s+", "");
        try (InputStream in = Files.newInputStream(draft); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle()) || "Title".equals(p.getStyle())) {
                    assertTrue(text.contains(p.getText().replaceAll("\\s+", "")), "PDF shows “" + p.getText() + "”");
                }
            }
        }
        List<String> titles = List.copyOf(expectedCharts(recognition(sample), prior == null ? null : recognition(prior)).keySet());
        List<Path> pages = Office.pages(pdf, 50);
        int charts = 0;
        for (int i = 0; i < pages.size(); i++) {
            int here = 0;
            for (String line : Office.pageText(pdf, i + 1).split("\\R")) {
                here += titles.contains(line.strip()) ? 1 : 0;
            }
            int coloured = colouredPixels(ImageIO.read(pages.get(i).toFile()));
            // a drawn chart has bars or slices in its colours; an empty one has none at all
            assertTrue(coloured >= here * 2000, "page " + (i + 1) + ": " + here + " chart(s), " + coloured + " coloured pixels");
            if (here == 0) {
                assertTrue(coloured < 50, "page " + (i + 1) + " has no chart but " + coloured + " coloured pixels");
            }
            charts += here;
        }
        assertEquals(4, charts, "every chart's title is on some page");
    }

    /** Pixels of clearly saturated colour: the charts' fills, never the black, grey or white of text and axes. */
    private static int colouredPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }

    // ── helpers

    private final Map<String, Recognition> recognitions = new LinkedHashMap<>();

    private Recognition recognition(String sample) {
        return recognitions.computeIfAbsent(sample, s -> engine.recognise(engine.read(Fixtures.sample(s), s)));
    }

    private static BigDecimal figure(Recognition r, String ref) {
        return new Quantities(r).of(FormulaParser.parseSum(ref)).map(Quantity::value)
            .orElseThrow(() -> new AssertionError(ref)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The body paragraphs of sections {@code from} to {@code to} (counted from 1). */
    private static List<String> bodyOfSections(Path draft, int from, int to) throws Exception {
        List<String> out = new ArrayList<>();
        int section = 0;
        try (InputStream in = Files.newInputStream(draft); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    section++;
                } else if (section >= from && section <= to && !p.getText().isBlank()) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }

    private static Document xml(ZipFile zip, String name) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    /** The workbook a chart's relationships name as its package. */
    private static String embeddedWorkbook(ZipFile zip, String chart) throws Exception {
        String rels = chart.replace("word/charts/", "word/charts/_rels/") + ".rels";
        ZipEntry e = zip.getEntry(rels);
        assertNotNull(e, rels);
        String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("Target=\"\\.\\./embeddings/([^\"]+\\.xlsx)\"").matcher(xml);
        assertTrue(m.find(), xml);
        Document doc = xml(zip, chart);
        assertEquals(1, doc.getElementsByTagNameNS(C, "externalData").getLength(), chart);
        return "word/embeddings/" + m.group(1);
    }

    private static String text(org.w3c.dom.Node node) {
        StringBuilder sb = new StringBuilder();
        NodeList ts = ((Element) node).getElementsByTagNameNS(A, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            sb.append(ts.item(i).getTextContent());
        }
        return sb.toString();
    }

    private static Element child(Element parent, String local) {
        List<Element> all = children(parent, local);
        assertEquals(1, all.size(), "one c:" + local + " in c:" + parent.getLocalName());
        return all.get(0);
    }

    private static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && C.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The cached points of a reference (c:strCache or c:numCache), checked against its c:ptCount. */
    private static List<String> points(Element ref, String cacheName) {
        NodeList caches = ref.getElementsByTagNameNS(C, cacheName);
        assertEquals(1, caches.getLength(), "a " + cacheName);
        Element cache = (Element) caches.item(0);
        int count = Integer.parseInt(child(cache, "ptCount").getAttribute("val"));
        List<Element> pts = children(cache, "pt");
        assertTrue(count > 0, "cached values are there");
        assertEquals(count, pts.size());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            assertEquals(String.valueOf(i), pts.get(i).getAttribute("idx"));
            out.add(child(pts.get(i), "v").getTextContent());
        }
        return out;
    }

    private static String formula(Element ref) {
        NodeList f = ref.getElementsByTagNameNS(C, "f");
        assertEquals(1, f.getLength());
        return f.item(0).getTextContent();
    }

    private static List<Cell> cells(XSSFWorkbook wb, String formula) {
        AreaReference area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        List<Cell> out = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            var row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
            assertNotNull(row, formula);
            Cell cell = row.getCell(ref.getCol());
            assertNotNull(cell, formula + " " + ref.formatAsString());
            out.add(cell);
        }
        return out;
    }

    /** The solid colour of a shape's properties (c:spPr, or the c:spPr inside a c:dPt). */
    private static String fill(Element element, String title) {
        Element spPr = "spPr".equals(element.getLocalName()) ? element : child(element, "spPr");
        NodeList solid = spPr.getElementsByTagNameNS(A, "solidFill");
        assertTrue(solid.getLength() > 0, title + ": a solid fill");
        Element first = (Element) solid.item(0);
        assertEquals(spPr, first.getParentNode(), title + ": the shape's own fill, not only its outline");
        NodeList rgb = first.getElementsByTagNameNS(A, "srgbClr");
        assertEquals(1, rgb.getLength(), title);
        return ((Element) rgb.item(0)).getAttribute("val");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
