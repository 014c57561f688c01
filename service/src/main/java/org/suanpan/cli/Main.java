package org.suanpan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code suanpan.jar}. */
public final class Main {
    static {
        // POI logs through log4j-api; without this it would print a warning about a missing back end on every run.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private Main() {
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null;
        PrintStream out = new PrintStream(new TerminalOutput(new FileOutputStream(FileDescriptor.out), terminal), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new TerminalOutput(new FileOutputStream(FileDescriptor.err), terminal), true, StandardCharsets.UTF_8);
        int code = new Cli(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
