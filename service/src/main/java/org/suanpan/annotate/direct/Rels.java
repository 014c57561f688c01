package org.suanpan.annotate.direct;

import org.suanpan.text.Xml;
import org.suanpan.read.XmlScanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A relationships part: read its entries, add new ones with ids that are free. */
final class Rels {
    static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    record Rel(String id, String type, String target) {
    }

    private final String xml;
    private final List<Rel> rels = new ArrayList<>();
    private final StringBuilder additions = new StringBuilder();

    Rels(byte[] bytes) {
        this.xml = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        if (bytes != null) {
            XmlScanner x = new XmlScanner(bytes);
            for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
                if (e == XmlScanner.Event.START && x.is("Relationship")) {
                    rels.add(new Rel(x.attr("Id"), x.attr("Type"), x.attr("Target")));
                }
            }
        }
    }

    List<Rel> all() {
        return rels;
    }

    Rel byId(String id) {
        return rels.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    Rel firstOfType(String typeSuffix) {
        return rels.stream().filter(r -> r.type() != null && r.type().endsWith(typeSuffix)).findFirst().orElse(null);
    }

    /** Adds a relationship and returns its new id. */
    String add(String typeSuffix, String target) {
        int n = rels.size() + 1;
        while (byId("rId" + n) != null) {
            n++;
        }
        Rel r = new Rel("rId" + n, DOC + typeSuffix, target);
        rels.add(r);
        additions.append("<Relationship Id=\"").append(r.id()).append("\" Type=\"").append(r.type()).append("\" Target=\"")
            .append(Xml.text(target)).append("\"/>");
        return r.id();
    }

    String xml() {
        if (xml == null) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"" + NS + "\">" + additions
                + "</Relationships>";
        }
        int close = xml.lastIndexOf("</Relationships>");
        if (close < 0) {
            int selfClose = xml.lastIndexOf("/>");
            return xml.substring(0, selfClose) + ">" + additions + "</Relationships>";
        }
        return xml.substring(0, close) + additions + xml.substring(close);
    }

    /** The package path a target resolves to, relative to the folder of the part that owns these relationships. */
    static String resolve(String ownerDir, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> parts = new ArrayList<>();
        for (String p : (ownerDir + target).split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    static String dirOf(String part) {
        int slash = part.lastIndexOf('/');
        return slash < 0 ? "" : part.substring(0, slash + 1);
    }

    static String relsOf(String part) {
        String dir = dirOf(part);
        return dir + "_rels/" + part.substring(dir.length()) + ".rels";
    }
}
