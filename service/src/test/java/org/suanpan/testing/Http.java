package org.suanpan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.suanpan.report.JsonReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A small HTTP client for the service tests: multipart uploads the way a browser sends them, JSON answers parsed. */
public final class Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    /** The configuration tests start a service with: loopback only, a free port, the given work folder. */
    public static org.suanpan.serve.ServeConfig local(Path work) {
        return org.suanpan.serve.ServeConfig.defaults().withPort(0).withHost("127.0.0.1").withWorkDir(work);
    }

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One part of a multipart body: a file under a name, or a text field. */
    public record Part(String field, String fileName, byte[] content) {
        public static Part file(String field, Path path) throws IOException {
            return new Part(field, path.getFileName().toString(), Files.readAllBytes(path));
        }

        public static Part file(String field, String name, byte[] content) {
            return new Part(field, name, content);
        }

        public static Part text(String field, String value) {
            return new Part(field, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    public HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> post(String path, List<Part> parts, String... headers) throws IOException, InterruptedException {
        String boundary = "----suanpan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            String disposition = "Content-Disposition: form-data; name=\"" + p.field() + "\""
                + (p.fileName() == null ? "" : "; filename=\"" + p.fileName() + "\"") + "\r\n";
            body.write(disposition.getBytes(StandardCharsets.UTF_8));
            if (p.fileName() != null) {
                body.write("Content-Type: application/octet-stream\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            body.write(p.content());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static List<Part> parts(Part... parts) {
        return new ArrayList<>(List.of(parts));
    }

    public static JsonNode json(HttpResponse<byte[]> r) throws IOException {
        return JsonReport.mapper().readTree(r.body());
    }

    /** The file name a download announces in {@code filename*=UTF-8''…}. */
    public static String downloadName(HttpResponse<?> r) {
        String d = r.headers().firstValue("Content-Disposition").orElseThrow();
        String encoded = d.substring(d.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
