package org.suanpan.serve;

/** A request the service refuses, with the HTTP status and a Chinese message saying what to do. */
public final class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
