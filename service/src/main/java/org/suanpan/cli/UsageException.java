package org.suanpan.cli;

/** The command line is not one Suanpan understands; the message says how to call it. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
