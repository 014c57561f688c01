package org.suanpan.annotate.direct;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an .xlsx package for editing: parts are read on demand, and on writing every part that was not
 * replaced is copied raw — still compressed, byte for byte — so an untouched sheet costs a copy, not a parse.
 */
final class XlsxParts implements AutoCloseable {
    private static final long MAX_PART = 256L << 20;

    private final ZipFile zip;
    private final Map<String, byte[]> replaced = new LinkedHashMap<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();

    XlsxParts(Path file) throws IOException {
        this.zip = ZipFile.builder().setFile(file.toFile()).get();
        try {
            org.suanpan.read.PackageNames.requireUnique(() -> Collections.list(zip.getEntries()).stream().map(ZipArchiveEntry::getName).iterator(),
                file.getFileName().toString());
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    boolean has(String name) {
        return added.containsKey(name) || zip.getEntry(name) != null;
    }

    byte[] read(String name) throws IOException {
        byte[] r = replaced.containsKey(name) ? replaced.get(name) : added.get(name);
        if (r != null) {
            return r;
        }
        ZipArchiveEntry e = zip.getEntry(name);
        if (e == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(e)) {
            byte[] bytes = in.readNBytes((int) Math.min(MAX_PART + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > MAX_PART) {
                throw new IOException(name + " is larger than " + MAX_PART + " bytes");
            }
            return bytes;
        }
    }

    String text(String name) throws IOException {
        byte[] b = read(name);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    void put(String name, String content) {
        put(name, content.getBytes(StandardCharsets.UTF_8));
    }

    void put(String name, byte[] content) {
        if (zip.getEntry(name) != null) {
            replaced.put(name, content);
        } else {
            added.put(name, content);
        }
    }

    List<String> names() {
        List<String> out = new ArrayList<>();
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
            out.add(e.nextElement().getName());
        }
        out.addAll(added.keySet());
        return out;
    }

    void write(OutputStream target) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] content = replaced.get(e.getName());
                if (content == null && isXml(e.getName())) {
                    // a part copied from the workbook may carry characters XML forbids: repaired, else copied raw
                    byte[] original = read(e.getName());
                    byte[] repaired = org.suanpan.text.Xml.repair(original);
                    content = repaired == original ? null : repaired;
                }
                if (content == null) {
                    try (InputStream raw = zip.getRawInputStream(e)) {
                        out.addRawArchiveEntry(e, raw);
                    }
                } else {
                    entry(out, e.getName(), isXml(e.getName()) ? org.suanpan.text.Xml.repair(content) : content);
                }
            }
            for (Map.Entry<String, byte[]> a : added.entrySet()) {
                entry(out, a.getKey(), isXml(a.getKey()) ? org.suanpan.text.Xml.repair(a.getValue()) : a.getValue());
            }
            out.finish();
        }
    }

    static boolean isXml(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml");
    }

    /**
     * Rewrites a package another writer (POI) made so that no XML part carries a character XML forbids; a package that
     * needs nothing is left untouched.
     */
    static void repair(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".repair");
        boolean changed = false;
        try (XlsxParts parts = new XlsxParts(file)) {
            for (String name : parts.names()) {
                if (isXml(name)) {
                    byte[] original = parts.read(name);
                    if (original != null && org.suanpan.text.Xml.repair(original) != original) {
                        changed = true;
                        break;
                    }
                }
            }
            if (changed) {
                try (OutputStream out = java.nio.file.Files.newOutputStream(tmp)) {
                    parts.write(out);
                }
            }
        }
        if (changed) {
            java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void entry(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipArchiveEntry.DEFLATED);
        out.putArchiveEntry(e);
        out.write(content);
        out.closeArchiveEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
