package org.wsoa.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What one build gives every edition besides the plan: the templates (the council's own first),
 * the directories that images and fonts may come from, and SOURCE_DATE_EPOCH if the build sets it.
 *
 * @param resourceRoots   the directories resources may be read from: the plan's and the templates'
 * @param sourceDateEpoch the SOURCE_DATE_EPOCH setting, or null; see {@link BuildDate}
 * @param report          how the progress report's editions cut the report
 */
public record Publication(Templates templates, List<Path> resourceRoots, String sourceDateEpoch, ReportOptions report) {
    public Publication {
        resourceRoots = List.copyOf(resourceRoots);
    }

    /** A publication of the plan, and of the whole progress report looking six weeks ahead. */
    public Publication(Templates templates, List<Path> resourceRoots, String sourceDateEpoch) {
        this(templates, resourceRoots, sourceDateEpoch, ReportOptions.DEFAULT);
    }
}
