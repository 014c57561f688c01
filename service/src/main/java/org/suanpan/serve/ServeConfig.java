package org.suanpan.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the service runs and what it allows. Defaults suit one finance bureau's office server; each limit can be changed
 * on the command line ({@code serve --max-file-mb 50}) or by an environment variable (SUANPAN_MAX_FILE_MB …).
 *
 * @param workDir        the only folder the service writes to: uploads while a request runs, batches while kept
 * @param requestTimeout a single-workbook request running longer than this is cut with a message
 * @param retention      how long a finished batch (its uploads, summary and results) is kept
 * @param token          when set, batch endpoints need {@code Authorization: Bearer <token>}
 * @param maxBatches     batches accepted at once, running or waiting their turn; one more is answered 503
 * @param batchTimeout   a batch still running after this is stopped: its unpacking, and the files not yet checked
 * @param corsOrigins    origins whose pages may call the API from another origin (an offline WPS add-in, an Office
 *                       add-in on its own host): “*” for any — safe because the service keeps no cookies, a token must
 *                       be sent explicitly — or none at all
 */
public record ServeConfig(String host, int port, Path workDir, long maxFileBytes, int maxBatchFiles, Duration requestTimeout,
                          Duration retention, String token, int threads, java.util.List<String> corsOrigins, int maxBatches,
                          Duration batchTimeout) {

    public static final int DEFAULT_PORT = 7070;

    public static ServeConfig defaults() {
        return new ServeConfig("0.0.0.0", DEFAULT_PORT, Path.of(System.getProperty("java.io.tmpdir"), "suanpan-work"), 20L << 20, 500,
            Duration.ofSeconds(120), Duration.ofHours(24), null, Runtime.getRuntime().availableProcessors(), java.util.List.of("*"),
            20, Duration.ofHours(2));
    }

    /** The defaults overridden by SUANPAN_* environment variables. */
    public static ServeConfig fromEnvironment() {
        ServeConfig c = defaults();
        String v;
        if ((v = System.getenv("SUANPAN_PORT")) != null) c = c.withPort(Integer.parseInt(v.strip()));
        if ((v = System.getenv("SUANPAN_WORK")) != null) c = c.withWorkDir(Path.of(v));
        if ((v = System.getenv("SUANPAN_MAX_FILE_MB")) != null) c = c.withMaxFileBytes(Long.parseLong(v.strip()) << 20);
        if ((v = System.getenv("SUANPAN_MAX_BATCH_FILES")) != null) c = c.withMaxBatchFiles(Integer.parseInt(v.strip()));
        if ((v = System.getenv("SUANPAN_TIMEOUT_SECONDS")) != null) c = c.withRequestTimeout(Duration.ofSeconds(Long.parseLong(v.strip())));
        if ((v = System.getenv("SUANPAN_RETENTION_HOURS")) != null) c = c.withRetention(Duration.ofHours(Long.parseLong(v.strip())));
        if ((v = System.getenv("SUANPAN_TOKEN")) != null && !v.isBlank()) c = c.withToken(v.strip());
        if ((v = System.getenv("SUANPAN_CORS_ORIGINS")) != null) c = c.withCorsOrigins(origins(v));
        if ((v = System.getenv("SUANPAN_MAX_BATCHES")) != null) c = c.withMaxBatches(Integer.parseInt(v.strip()));
        if ((v = System.getenv("SUANPAN_BATCH_TIMEOUT_MINUTES")) != null) c = c.withBatchTimeout(Duration.ofMinutes(Long.parseLong(v.strip())));
        return c;
    }

    public ServeConfig withHost(String host) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withPort(int port) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withWorkDir(Path workDir) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withMaxFileBytes(long maxFileBytes) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withMaxBatchFiles(int maxBatchFiles) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withRequestTimeout(Duration requestTimeout) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withRetention(Duration retention) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withToken(String token) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withCorsOrigins(java.util.List<String> corsOrigins) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    /** “*”, “none”, or origins separated by commas. */
    public static java.util.List<String> origins(String spec) {
        String s = spec.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("none")) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    public ServeConfig withThreads(int threads) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withMaxBatches(int maxBatches) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }

    public ServeConfig withBatchTimeout(Duration batchTimeout) {
        return new ServeConfig(host, port, workDir, maxFileBytes, maxBatchFiles, requestTimeout, retention, token, threads, corsOrigins, maxBatches, batchTimeout);
    }
}
