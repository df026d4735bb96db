package org.wsoa.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documentation that comes with this copy of wsoa, for the links in a SARIF report: the
 * release's {@code docs/} beside {@code lib/wsoa.jar}, or a clone's beside {@code target/}. wsoa has
 * no web address of its own to link to, so a finding's "more information" opens the rules.md that
 * describes exactly the checks of the wsoa that found it.
 */
final class InstalledDocs {

    /** How far above the jar (or the classes folder) the docs folder may be: lib/ or target/classes/. */
    private static final int LEVELS = 3;

    private InstalledDocs() {
    }

    /** The docs folder, absolute; null if this wsoa has none beside it. */
    static Path folder() {
        try {
            Path code = Path.of(InstalledDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = code.toAbsolutePath().normalize();
            for (int up = 0; up < LEVELS && dir != null; up++, dir = dir.getParent()) {
                Path docs = dir.resolve("docs");
                if (Files.isRegularFile(docs.resolve("rules.md"))) {
                    return docs;
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // Loaded from somewhere that is not a file (a custom class loader): no links, rather than no report.
        }
        return null;
    }
}
