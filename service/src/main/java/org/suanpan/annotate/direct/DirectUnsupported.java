package org.suanpan.annotate.direct;

/** The package has something the direct writer does not handle; the caller falls back to POI's object model. */
public final class DirectUnsupported extends Exception {
    public DirectUnsupported(String reason) {
        super(reason);
    }
}
