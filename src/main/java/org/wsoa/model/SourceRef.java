package org.wsoa.model;

import java.util.Objects;

/**
 * Where something in a plan was written: a file (as the user named it, relative or absolute),
 * a line and a column, both counted from 1. Column 0 or line 0 means "the file as a whole".
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    // equals and hashCode written out, as the record's own would be (each component in order;
    // hash = hash * 31 + the component's): the record's are linked on first use by building method
    // handles, a noticeable part of a short validate (docs/performance.md). RecordEqualityTest.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceRef other && Objects.equals(file, other.file) && line == other.line
                && column == other.column;
    }

    @Override
    public int hashCode() {
        int hash = 0;
        hash = hash * 31 + Objects.hashCode(file);
        hash = hash * 31 + line;
        hash = hash * 31 + column;
        return hash;
    }

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
