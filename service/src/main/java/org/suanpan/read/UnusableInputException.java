package org.suanpan.read;

/**
 * The input cannot be used at all. The message is written for the person who sent the file: it says, in Chinese,
 * what is wrong and what to do about it; it never carries a stack trace to them.
 */
public class UnusableInputException extends RuntimeException {

    public UnusableInputException(String message) {
        super(message);
    }

    public UnusableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
