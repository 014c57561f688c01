package org.suanpan.rules;

/** A term with its sign in a sum. */
public record Signed(int sign, Term term) {
}
