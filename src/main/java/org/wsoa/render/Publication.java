package org.wsoa.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What one build gives every edition besides the plan: the templates (the council's own first),
 * the directories that images and fonts may come from, and SOURCE_DATE_EPOCH if the build sets it.
 *
 * @param resourceRoots   the directories resources may be read from: the plan's and the templates'
 * @param sourceDateEpoch the SOURCE_DATE_EPOCH setting, or null; see {@link BuildDate}
 */
public record Publication(Templates templates, List<Path> resourceRoots, String sourceDateEpoch) {
    public Publication {
        resourceRoots = List.copyOf(resourceRoots);
    }
}
