package org.wsoa.diff;

/** Whether an element of the plan is new, gone, or there in both versions with changes. */
public enum ChangeKind {
    ADDED("added"),
    REMOVED("removed"),
    CHANGED("changed");

    private final String word;

    ChangeKind(String word) {
        this.word = word;
    }

    /** "added", "removed", "changed": in JSON and in sentences. */
    public String word() {
        return word;
    }
}
