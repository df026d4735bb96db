package org.wsoa.model;

/**
 * Where an action that is not complete when a plan closes goes on, as its closure report says: into
 * the plan that follows (an Accelerated Progress Plan after a Written Statement of Action), into the
 * local area's SEND strategy, into business as usual, or nowhere, because it is no longer needed.
 *
 * @param needsOwner whether someone must own it from now on (all but an action no longer needed)
 */
public enum Destination {
    NEXT_PLAN("next-plan", true),
    SEND_STRATEGY("send-strategy", true),
    BUSINESS_AS_USUAL("business-as-usual", true),
    NO_LONGER_NEEDED("no-longer-needed", false);

    private final String code;
    private final boolean needsOwner;

    Destination(String code, boolean needsOwner) {
        this.code = code;
        this.needsOwner = needsOwner;
    }

    /** The value authors write in {@code closure.yaml}. */
    public String code() {
        return code;
    }

    public boolean needsOwner() {
        return needsOwner;
    }

    /**
     * Where it goes, in words for readers: "the Accelerated Progress Plan", "the SEND strategy",
     * "business as usual", "no longer needed"; for the next plan, in the words of the kind that follows
     * {@code closing} (null when none does).
     */
    public String words(PlanKind closing) {
        return switch (this) {
            case NEXT_PLAN -> closing == null || closing.next() == null ? null : "the " + closing.next().title();
            case SEND_STRATEGY -> "the SEND strategy";
            case BUSINESS_AS_USUAL -> "business as usual";
            case NO_LONGER_NEEDED -> "no longer needed";
        };
    }
}
