package org.suanpan.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The progress streams of batches. Each stream is an asynchronous request: no server thread waits with it. One
 * writer thread sends every stream its events and a keep-alive comment every 15 s, so a thousand listeners cost a
 * thousand sockets, not a thousand of the server's threads; how many may listen, per batch and in all, is bounded.
 */
final class EventStreams implements AutoCloseable {
    static final int MAX_PER_BATCH = 20;
    static final int MAX_STREAMS = 200;

    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "suanpan-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger open = new AtomicInteger();

    void open(Context ctx, Batch batch) {
        if (batch.listeners() >= MAX_PER_BATCH) {
            throw new ApiException(429, "这个批次同时打开的进度连接已有 " + MAX_PER_BATCH + " 个。请关闭多余的页面，或改为定时查询 /api/batches/{id}。");
        }
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            throw new ApiException(503, "服务同时打开的进度连接已达 " + MAX_STREAMS + " 个。请稍后再试，或改为定时查询 /api/batches/{id}。");
        }
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        CompletableFuture<Void> done = new CompletableFuture<>();
        Stream stream;
        try {
            stream = new Stream(ctx.res().getOutputStream(), batch, done);
        } catch (IOException e) {
            open.decrementAndGet();
            return;
        }
        ctx.future(() -> done);
        writer.execute(stream::start);
    }

    /** One listener: its output and the batch it follows; every write happens on the writer thread. */
    private final class Stream {
        private final OutputStream out;
        private final Batch batch;
        private final CompletableFuture<Void> done;
        private final Consumer<Batch.State> listener = s -> writer.execute(() -> send(s));
        private ScheduledFuture<?> keepAlive;

        Stream(OutputStream out, Batch batch, CompletableFuture<Void> done) {
            this.out = out;
            this.batch = batch;
            this.done = done;
        }

        void start() {
            keepAlive = writer.scheduleWithFixedDelay(() -> write(": 仍在审核\n\n"), 15, 15, TimeUnit.SECONDS);
            batch.listen(listener);
        }

        void send(Batch.State s) {
            if (done.isDone()) {
                return;
            }
            String event = "event: " + (s.finished() ? "done" : "progress") + "\ndata: "
                + BatchRoutes.stateJson(s, batch.failure()).toString() + "\n\n";
            if (write(event) && s.finished()) {
                end();
            }
        }

        private boolean write(String text) {
            if (done.isDone()) {
                return false;
            }
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException | RuntimeException gone) {
                end(); // the page was closed; the batch goes on
                return false;
            }
        }

        private void end() {
            if (done.isDone()) {
                return;
            }
            batch.unlisten(listener);
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
            open.decrementAndGet();
            done.complete(null);
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
