package org.wsoa.model;

/**
 * Where an action that is not complete when a plan closes goes on, as its closure report says: into
 * the plan that follows (an Accelerated Progress Plan after a Written Statement of Action), into the
 * local area's SEND strategy, into business as usual, or nowhere, because it is no longer needed.
 */
public enum Destination {
    NEXT_PLAN("next-plan", true, null),
    SEND_STRATEGY("send-strategy", true, "the SEND strategy"),
    BUSINESS_AS_USUAL("business-as-usual", true, "business as usual"),
    NO_LONGER_NEEDED("no-longer-needed", false, "no longer needed");

    private final String code;
    private final boolean needsOwner;
    /** Its words for readers; null for the next plan, whose words depend on the kind that closes. */
    private final String words;

    Destination(String code, boolean needsOwner, String words) {
        this.code = code;
        this.needsOwner = needsOwner;
        this.words = words;
    }

    /** The value authors write in {@code closure.yaml}. */
    public String code() {
        return code;
    }

    /** Whether someone must own it from now on: all but an action no longer needed. */
    public boolean needsOwner() {
        return needsOwner;
    }

    /** Whether it goes into the plan that follows the one closing, which not every kind has. */
    public boolean isNextPlan() {
        return words == null;
    }

    /**
     * Where it goes, in words for readers: "the SEND strategy", "business as usual", "no longer
     * needed"; for the next plan, in the words of the kind that follows {@code closing}: "the
     * Accelerated Progress Plan", or "the next Priority Action Plan" for a kind followed by its own
     * kind. Null for the next plan when no kind follows {@code closing}.
     */
    public String words(PlanKind closing) {
        if (!isNextPlan()) {
            return words;
        }
        PlanKind next = closing == null ? null : closing.next();
        if (next == null) {
            return null;
        }
        return (next.code().equals(closing.code()) ? "the next " : "the ") + next.title();
    }
}
