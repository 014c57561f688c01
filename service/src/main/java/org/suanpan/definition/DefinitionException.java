package org.suanpan.definition;

/**
 * The table or rule definitions in templates/ cannot be used as they are; the message says which file and what to
 * change. (Rule files have their own {@link org.suanpan.rules.RuleSyntaxException}.)
 */
public class DefinitionException extends RuntimeException {
    public DefinitionException(String message) {
        super(message);
    }

    public DefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
