package org.wsoa.rules;

import org.wsoa.diagnostic.Severity;

/** A rule's fixed description: its ID, default severity and one-line summary. */
abstract class AbstractRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String summary;

    AbstractRule(String id, Severity severity, String summary) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String summary() {
        return summary;
    }
}
