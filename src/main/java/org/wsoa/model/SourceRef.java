package org.wsoa.model;

import java.util.Objects;

/**
 * Where something in a plan was written: a file (as the user named it, relative or absolute),
 * a line and a column, both counted from 1. Column 0 or line 0 means "the file as a whole".
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    public SourceRef {
        Objects.requireNonNull(file, "file");
    }

    /** A location that points at a whole file rather than a place in it. */
    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0);
    }

    @Override
    public int compareTo(SourceRef other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:col}, or just {@code file} for a whole-file location. */
    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
