package org.wsoa.model;

/** An element of the plan that knows where the author wrote it. */
public interface Located {
    /** Where the element starts in its file. */
    SourceRef at();
}
