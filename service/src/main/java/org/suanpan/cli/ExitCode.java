package org.suanpan.cli;

/** What the process tells the shell. */
final class ExitCode {
    /** Checked, no error. */
    static final int OK = 0;
    /** Checked, errors found. */
    static final int FINDINGS = 1;
    /** The input cannot be used, or the command line is wrong. */
    static final int UNUSABLE = 2;

    private ExitCode() {
    }
}
