package org.suanpan.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a document to PDF with LibreOffice, headless, to prove a file we wrote opens in a real office program.
 * {@code .ci/run} installs LibreOffice; without it these tests fail rather than pass silently, unless
 * SUANPAN_SKIP_OFFICE=1 says not here: the unit-test phase sets it, so that {@code mvn package} needs Java alone,
 * and the integration-test phase runs the same tests with LibreOffice.
 */
public final class Office {
    private Office() {
    }

    public static boolean skipped() {
        return "1".equals(System.getenv("SUANPAN_SKIP_OFFICE"));
    }

    /** The PDF LibreOffice made of the file; fails the test when it cannot convert it. */
    public static Path toPdf(Path file) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("suanpan-office");
        Path profile = Files.createTempDirectory("suanpan-lo-profile");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", out.toString(), file.toString())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + file);
        }
        String name = file.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf) || Files.size(pdf) < 1000) {
            throw new AssertionError("LibreOffice could not open " + file + ": exit " + p.exitValue() + "\n" + log);
        }
        return pdf;
    }

    /** The pages of a PDF as PNG images at {@code dpi} (pdftoppm from poppler-utils), in page order. */
    public static java.util.List<Path> pages(Path pdf, int dpi) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("suanpan-pages");
        Process p = new ProcessBuilder("pdftoppm", "-r", String.valueOf(dpi), "-png", pdf.toString(), out.resolve("page").toString())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("pdftoppm failed on " + pdf + ": " + log);
        }
        try (var files = Files.list(out)) {
            // page-1.png … page-12.png, or page-01.png when there are ten or more: order by the number
            return files.filter(f -> f.getFileName().toString().endsWith(".png"))
                .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""))))
                .toList();
        }
    }

    /** The text of one page of a PDF, counted from 1. */
    public static String pageText(Path pdf, int page) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-layout", pdf.toString(), "-")
            .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }

    /** The text of a PDF (pdftotext from poppler-utils). */
    public static String text(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return text;
    }
}
