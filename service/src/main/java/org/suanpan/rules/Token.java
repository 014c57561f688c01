package org.suanpan.rules;

/** A word of the formula language. */
record Token(Type type, String text, int position) {

    enum Type {
        TABLE, EVERY_TABLE, LINE, COLUMN, CODE, NUMBER, KEYWORD, LABEL,
        PLUS, MINUS, EQUAL, AT_MOST, AT_LEAST, OPEN, CLOSE, ELLIPSIS, COLON, LIST
    }

    int number() {
        return Integer.parseInt(text);
    }
}
