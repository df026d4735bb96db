package org.wsoa.load;

import java.io.IOException;

/** The plan directory does not exist or cannot be read: a usage error, not a finding. */
public final class PlanNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    public PlanNotFoundException(String message) {
        super(message);
    }
}
