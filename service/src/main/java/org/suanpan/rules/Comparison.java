package org.suanpan.rules;

/** How the two sides of a formula compare. */
public enum Comparison {
    EQUAL("="), AT_MOST("≤"), AT_LEAST("≥");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
