package org.suanpan.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Sends a file as a download under a Chinese name: an ASCII fallback and the real name in RFC 5987 {@code filename*}. */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ZIP = "application/zip";

    private Downloads() {
    }

    static void send(Context ctx, Path file, String name) throws IOException {
        ctx.contentType(typeOf(name));
        ctx.header("Content-Disposition", disposition(name));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(ctx.outputStream());
        }
    }

    static String disposition(String name) {
        int dot = name.lastIndexOf('.');
        String ascii = name.matches("[A-Za-z0-9._ ()-]+") ? name : "suanpan" + (dot >= 0 ? name.substring(dot) : "");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String typeOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx")) return XLSX;
        if (n.endsWith(".xlsm")) return XLSM;
        if (n.endsWith(".xls")) return XLS;
        if (n.endsWith(".docx")) return DOCX;
        if (n.endsWith(".zip")) return ZIP;
        return "application/octet-stream";
    }
}
