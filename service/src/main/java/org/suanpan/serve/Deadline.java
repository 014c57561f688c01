package org.suanpan.serve;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a request's work on the bounded worker pool and cuts it when it takes longer than the configured time, so a
 * pathological file costs one message, not a thread forever. Time spent waiting for a free worker counts too.
 */
final class Deadline {
    private final ExecutorService workers;
    private final Duration limit;

    Deadline(ExecutorService workers, Duration limit) {
        this.workers = workers;
        this.limit = limit;
    }

    <T> T run(Callable<T> work) throws Exception {
        Future<T> f;
        try {
            f = workers.submit(work);
        } catch (RejectedExecutionException e) {
            throw new ApiException(503, "服务正在关闭或过于繁忙，请稍后再试。");
        }
        try {
            return f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ApiException(503, "处理超过了 " + limit.toSeconds() + " 秒，已停止。文件可能过大或结构异常；请删去与决算公开表无关的工作表后重试，"
                + "或改用批量审核。");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
