package org.suanpan.testing;

import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.SAXParserFactory;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.fail;

/** Opens every XML part of a package with the JDK's validating-grade parser, which refuses what XML 1.0 forbids. */
public final class StrictXml {
    private StrictXml() {
    }

    public static void assertWellFormed(Path pkg, String what) throws Exception {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (!names.add(e.getName().toLowerCase(java.util.Locale.ROOT))) {
                    fail(what + ": duplicated entry " + e.getName());
                }
                String n = e.getName();
                if (!(n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml"))) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    f.newSAXParser().parse(in, new DefaultHandler());
                } catch (org.xml.sax.SAXParseException x) {
                    fail(what + ": " + n + " is not well-formed: " + x.getMessage());
                }
            }
        }
    }
}
