package org.suanpan.rules;

/** A rule file line that cannot be read; the message names the file, the line and what to write instead. */
public class RuleSyntaxException extends RuntimeException {
    public RuleSyntaxException(String message) {
        super(message);
    }
}
