package org.suanpan.annotate.direct;

import org.suanpan.annotate.Mark;
import org.suanpan.read.XmlScanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds cell formats to styles.xml without touching the existing ones: new fonts, fills and borders are appended to
 * their lists and new formats to cellXfs, so every index a sheet already uses keeps its meaning. A marked format is
 * a copy of the cell's own format with a new fill.
 */
final class StylesPatch implements SheetPatch.Formats {
    private static final Pattern FILL_ID = Pattern.compile("\\sfillId=\"\\d+\"");
    private static final Pattern APPLY_FILL = Pattern.compile("\\sapplyFill=\"[^\"]*\"");
    private static final Pattern COUNT = Pattern.compile("\\scount=\"\\d+\"");

    /** A list element (fonts, fills, borders, cellXfs) and where it stands in the part. */
    private static final class Section {
        final String name;
        int startTagStart;
        int startTagEnd;
        int endTagStart = -1;
        final List<String> items = new ArrayList<>();
        final List<String> added = new ArrayList<>();

        Section(String name) {
            this.name = name;
        }

        int add(String xml) {
            added.add(xml);
            return items.size() + added.size() - 1;
        }

        /** Item {@code i}, counting the added ones after the original; the first item when out of range. */
        String get(int i) {
            return i >= 0 && i < items.size() ? items.get(i) : i >= items.size() && i < items.size() + added.size()
                ? added.get(i - items.size()) : items.get(0);
        }
    }

    private static final Pattern NUM_FMT_ID = Pattern.compile("\\snumFmtId=\"(\\d+)\"");
    private final byte[] src;
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<String, Integer> markedXfs = new HashMap<>();
    private final Map<Mark, Integer> markFills = new HashMap<>();

    StylesPatch(byte[] src) throws DirectUnsupported {
        this.src = src;
        XmlScanner x = new XmlScanner(src);
        Section current = null;
        int depth = 0;
        int itemStart = -1;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.START) {
                depth++;
                if (depth == 2 && (x.is("fonts") || x.is("fills") || x.is("borders") || x.is("cellXfs"))) {
                    current = new Section(x.is("fonts") ? "fonts" : x.is("fills") ? "fills" : x.is("borders") ? "borders" : "cellXfs");
                    current.startTagStart = x.tagStart();
                    current.startTagEnd = x.tagEnd();
                    sections.put(current.name, current);
                    if (x.selfClosing()) {
                        current.endTagStart = -1;
                    }
                } else if (depth == 3 && current != null) {
                    itemStart = x.tagStart();
                }
            } else if (e == XmlScanner.Event.END) {
                if (depth == 3 && current != null && itemStart >= 0) {
                    current.items.add(new String(src, itemStart, x.tagEnd() - itemStart, StandardCharsets.UTF_8));
                    itemStart = -1;
                } else if (depth == 2 && current != null) {
                    current.endTagStart = x.tagStart() == x.tagEnd() ? -1 : x.tagStart();
                    current = null;
                }
                depth--;
            }
        }
        for (String name : List.of("fonts", "fills", "borders", "cellXfs")) {
            if (!sections.containsKey(name)) {
                throw new DirectUnsupported("styles.xml has no " + name);
            }
        }
        if (new String(src, 0, Math.min(src.length, 200), StandardCharsets.UTF_8).contains("<x:styleSheet")) {
            throw new DirectUnsupported("prefixed styles.xml");
        }
    }

    int addFont(String xml) {
        return sections.get("fonts").add(xml);
    }

    int addFill(String xml) {
        return sections.get("fills").add(xml);
    }

    int addBorder(String xml) {
        return sections.get("borders").add(xml);
    }

    int addXf(String xml) {
        return sections.get("cellXfs").add(xml);
    }

    static String solidFill(String argb) {
        return "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + argb + "\"/><bgColor indexed=\"64\"/></patternFill></fill>";
    }

    /** The format of a cell that had format {@code original}, with the mark's fill. */
    int marked(int original, Mark mark) {
        return markedXfs.computeIfAbsent(original + "/" + mark, k -> {
            int fill = markFills.computeIfAbsent(mark, m -> addFill(solidFill(String.format("FF%02X%02X%02X", m.red(), m.green(), m.blue()))));
            return addXf(withFill(sections.get("cellXfs").get(original), fill));
        });
    }

    /** Whether cell format {@code xf} shows numbers in General (numFmtId 0, or none given). */
    @Override
    public boolean isGeneral(int xf) {
        return numberFormat(xf).equals("0");
    }

    /** The numFmtId of cell format {@code xf}. */
    @Override
    public String numberFormat(int xf) {
        String x = sections.get("cellXfs").get(xf);
        Matcher m = NUM_FMT_ID.matcher(x.substring(0, x.indexOf('>')));
        return m.find() ? m.group(1) : "0";
    }

    /** Format {@code own} with the number format of format {@code from}, everything else kept. */
    int withNumberFormatOf(int own, int from) {
        String mine = sections.get("cellXfs").get(own);
        String theirs = sections.get("cellXfs").get(from);
        Matcher f = NUM_FMT_ID.matcher(theirs.substring(0, theirs.indexOf('>')));
        String numFmt = f.find() ? f.group(1) : "0";
        Matcher m = NUM_FMT_ID.matcher(mine.substring(0, mine.indexOf('>')));
        if ((m.find() ? m.group(1) : "0").equals(numFmt)) {
            return own;
        }
        return markedXfs.computeIfAbsent(own + "#" + numFmt, k -> addXf(withAttribute(withAttribute(mine, "numFmtId", numFmt), "applyNumberFormat", "1")));
    }

    private static String withAttribute(String xf, String name, String value) {
        int tagEnd = xf.indexOf('>');
        boolean selfClosing = xf.charAt(tagEnd - 1) == '/';
        String tag = xf.substring(0, selfClosing ? tagEnd - 1 : tagEnd);
        String rest = xf.substring(selfClosing ? tagEnd - 1 : tagEnd);
        Matcher m = Pattern.compile("\\s" + name + "=\"[^\"]*\"").matcher(tag);
        tag = m.find() ? m.replaceFirst(" " + name + "=\"" + value + "\"") : tag + " " + name + "=\"" + value + "\"";
        return tag + rest;
    }

    static String withFill(String xf, int fill) {
        int tagEnd = xf.indexOf('>');
        boolean selfClosing = xf.charAt(tagEnd - 1) == '/';
        String tag = xf.substring(0, selfClosing ? tagEnd - 1 : tagEnd);
        String rest = xf.substring(selfClosing ? tagEnd - 1 : tagEnd);
        Matcher m = FILL_ID.matcher(tag);
        tag = m.find() ? m.replaceFirst(" fillId=\"" + fill + "\"") : tag + " fillId=\"" + fill + "\"";
        Matcher a = APPLY_FILL.matcher(tag);
        tag = a.find() ? a.replaceFirst(" applyFill=\"1\"") : tag + " applyFill=\"1\"";
        return tag + rest;
    }

    byte[] bytes() {
        List<Section> ordered = new ArrayList<>(sections.values());
        ordered.sort((a, b) -> Integer.compare(a.startTagStart, b.startTagStart));
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length + 4096);
        int pos = 0;
        for (Section s : ordered) {
            if (s.added.isEmpty()) {
                continue;
            }
            String startTag = new String(src, s.startTagStart, s.startTagEnd - s.startTagStart, StandardCharsets.UTF_8);
            int total = s.items.size() + s.added.size();
            boolean selfClosing = s.endTagStart < 0;
            String tag = selfClosing ? startTag.substring(0, startTag.length() - 2) + ">" : startTag;
            Matcher m = COUNT.matcher(tag);
            tag = m.find() ? m.replaceFirst(" count=\"" + total + "\"") : tag.substring(0, tag.length() - 1) + " count=\"" + total + "\">";
            out.write(src, pos, s.startTagStart - pos);
            write(out, tag);
            int after = s.startTagEnd;
            if (!selfClosing) {
                out.write(src, after, s.endTagStart - after);
                after = s.endTagStart;
            }
            for (String item : s.added) {
                write(out, item);
            }
            if (selfClosing) {
                write(out, "</" + s.name + ">");
            }
            pos = after;
        }
        out.write(src, pos, src.length - pos);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
