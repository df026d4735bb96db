package org.wsoa.cli;

/**
 * The one table of exit codes that every command follows, listed in each command's
 * {@code --help} and in README.md.
 */
final class ExitCodes {

    /** Done, and nothing that fails was found. */
    static final int OK = 0;
    /**
     * The plan has findings that fail: errors, or warnings too with {@code --strict}; or
     * {@code build --verify} found errors in the files it wrote (which are written all the same).
     */
    static final int FINDINGS = 1;
    /** The command could not do its job: a usage error, a file that cannot be read or written, or an internal error. */
    static final int TROUBLE = 2;

    static final String HEADING = "%nExit codes (the same for every command):%n";
    static final String OK_LINE = "0:done, and nothing that fails was found";
    static final String FINDINGS_LINE = "1:the plan has findings that fail: errors, or warnings too with --strict;"
            + " or build --verify found errors in the files it wrote";
    static final String TROUBLE_LINE = "2:usage error, a file that cannot be read or written, or an internal error";

    private ExitCodes() {
    }
}
