package org.suanpan.read;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The parts of an .xlsx package, each inflated whole with the zip-bomb guards of {@link ReadLimits}. An ordinary
 * workbook is read into memory in one go and its parts inflated straight from there with one reused
 * {@link Inflater}: {@link ZipFile} would open the file again for every part, seek, read it in pieces and set up a
 * stream per part, which was a sixth of reading a workbook. Anything out of the ordinary (zip64, encryption, a
 * method other than stored or deflated, names that are not ASCII, offsets that do not add up, a file larger than
 * {@link #IN_MEMORY_MAX_BYTES}) goes through {@link ZipFile}, which either reads it or says why it cannot.
 */
abstract class ZipParts implements Closeable {
    /** Files up to this size are read into memory whole. */
    static final long IN_MEMORY_MAX_BYTES = 32L << 20;

    /** Every entry name, in the order of the zip's directory. */
    abstract List<String> names();

    abstract boolean has(String name);

    /** The part inflated, or null when the package has no entry of that name. */
    abstract byte[] read(String name) throws IOException;

    static ZipParts open(Path file, ReadLimits limits) throws IOException {
        // a RandomAccessFile, not a channel: an interrupted thread must reach Cancel.check, not a closed channel
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            if (size <= IN_MEMORY_MAX_BYTES) {
                byte[] all = new byte[(int) size];
                in.readFully(all);
                InMemory parsed = InMemory.parse(all, limits);
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return new OnDisk(new ZipFile(file.toFile()), limits);
    }

    /** A package held in memory, its central directory parsed here. */
    private static final class InMemory extends ZipParts {
        private record Entry(int method, int compressedSize, long size, int dataStart) {
        }

        private final byte[] data;
        private final ReadLimits limits;
        private final List<String> names;
        private final Map<String, Entry> entries;
        private final Inflater inflater = new Inflater(true);

        private InMemory(byte[] data, ReadLimits limits, List<String> names, Map<String, Entry> entries) {
            this.data = data;
            this.limits = limits;
            this.names = names;
            this.entries = entries;
        }

        /** The package as read from its directory, or null when something in it needs {@link ZipFile}'s care. */
        static InMemory parse(byte[] b, ReadLimits limits) {
            int eocd = -1;
            for (int p = b.length - 22; p >= Math.max(0, b.length - 22 - 0xFFFF); p--) {
                if (u32(b, p) == 0x06054b50L && p + 22 + u16(b, p + 20) == b.length) {
                    eocd = p;
                    break;
                }
            }
            if (eocd < 0) {
                return null;
            }
            int count = u16(b, eocd + 10);
            long cdSize = u32(b, eocd + 12);
            long cdStart = u32(b, eocd + 16);
            if (u16(b, eocd + 4) != 0 || u16(b, eocd + 6) != 0 || count != u16(b, eocd + 8) || count == 0xFFFF
                || cdStart + cdSize > eocd) {
                return null; // split archives or zip64
            }
            List<String> names = new ArrayList<>(count);
            Map<String, Entry> entries = new HashMap<>(count * 2);
            int p = (int) cdStart;
            for (int i = 0; i < count; i++) {
                if (p + 46 > eocd || u32(b, p) != 0x02014b50L) {
                    return null;
                }
                int flags = u16(b, p + 8);
                int method = u16(b, p + 10);
                long compressed = u32(b, p + 20);
                long size = u32(b, p + 24);
                int nameLen = u16(b, p + 28);
                int extraLen = u16(b, p + 30);
                int commentLen = u16(b, p + 32);
                long local = u32(b, p + 42);
                if ((flags & 1) != 0 || (method != 0 && method != 8) || compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL
                    || local == 0xFFFFFFFFL || p + 46 + nameLen > eocd) {
                    return null;
                }
                for (int k = 0; k < nameLen; k++) {
                    if (b[p + 46 + k] < 0x20) {
                        return null; // not ASCII, or a control character: ZipFile decides what such a name is
                    }
                }
                String name = new String(b, p + 46, nameLen, StandardCharsets.ISO_8859_1);
                if (local + 30 > cdStart || u32(b, (int) local) != 0x04034b50L) {
                    return null;
                }
                long dataStart = local + 30 + u16(b, (int) local + 26) + u16(b, (int) local + 28);
                if (dataStart + compressed > cdStart) {
                    return null;
                }
                names.add(name);
                entries.putIfAbsent(name, new Entry(method, (int) compressed, size, (int) dataStart));
                p += 46 + nameLen + extraLen + commentLen;
            }
            return new InMemory(b, limits, List.copyOf(names), entries);
        }

        @Override
        List<String> names() {
            return names;
        }

        @Override
        boolean has(String name) {
            return entries.containsKey(name);
        }

        @Override
        byte[] read(String name) throws IOException {
            Entry e = entries.get(name);
            if (e == null) {
                return null;
            }
            long cap = limits.inflateCap(e.compressedSize());
            if (e.method() == 0) {
                if (e.compressedSize() > cap) {
                    throw limits.tooLarge(name, e.compressedSize());
                }
                return java.util.Arrays.copyOfRange(data, e.dataStart(), e.dataStart() + e.compressedSize());
            }
            inflater.reset();
            inflater.setInput(data, e.dataStart(), e.compressedSize());
            // the size in the directory is a first guess: a wrong one grows the buffer, never past the cap
            byte[] out = new byte[(int) Math.min(e.size(), cap)];
            byte[] probe = new byte[1];
            int n = 0;
            try {
                while (!inflater.finished()) {
                    // a full buffer asks for one byte more: none from a stream that ends there, the next from one that goes on
                    boolean full = n == out.length;
                    int got = full ? inflater.inflate(probe) : inflater.inflate(out, n, out.length - n);
                    if (got == 0) {
                        if (!inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                            throw new ZipException("unexpected end of the compressed data of " + name);
                        }
                    } else if (full) {
                        if (n + 1L > cap) {
                            throw limits.tooLarge(name, n + 1L);
                        }
                        limits.checkDeadline();
                        out = java.util.Arrays.copyOf(out, (int) Math.min(cap, Math.max(8192, out.length * 2L)));
                        out[n++] = probe[0];
                    } else {
                        n += got;
                    }
                }
            } catch (DataFormatException ex) {
                throw new ZipException("the compressed data of " + name + " is damaged: " + ex.getMessage());
            }
            return n == out.length ? out : java.util.Arrays.copyOf(out, n);
        }

        @Override
        public void close() {
            inflater.end();
        }
    }

    /** A package read through {@link ZipFile}. */
    private static final class OnDisk extends ZipParts {
        private final ZipFile zip;
        private final ReadLimits limits;

        OnDisk(ZipFile zip, ReadLimits limits) {
            this.zip = zip;
            this.limits = limits;
        }

        @Override
        List<String> names() {
            return zip.stream().map(ZipEntry::getName).toList();
        }

        @Override
        boolean has(String name) {
            return zip.getEntry(name) != null;
        }

        @Override
        byte[] read(String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return null;
            }
            long cap = limits.inflateCap(entry.getCompressedSize());
            long declared = entry.getSize();
            try (InputStream in = zip.getInputStream(entry)) {
                if (declared >= 0 && declared <= cap) {
                    byte[] exact = new byte[(int) declared];
                    int got = in.readNBytes(exact, 0, exact.length);
                    if (got == declared && in.read() < 0) {
                        return exact;
                    }
                    exact = java.util.Arrays.copyOf(exact, got);
                    // the size in the zip's directory was wrong: go on reading, but never past the cap
                    return rest(entry, in, exact, cap);
                }
                return rest(entry, in, new byte[0], cap);
            }
        }

        private byte[] rest(ZipEntry entry, InputStream in, byte[] head, long cap) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(8192, head.length * 2));
            out.write(head);
            byte[] buf = new byte[65536];
            long total = head.length;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > cap) {
                    throw limits.tooLarge(entry.getName(), total);
                }
                limits.checkDeadline();
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int p) {
        return (u16(b, p) | (long) u16(b, p + 2) << 16) & 0xFFFFFFFFL;
    }
}
