package org.wsoa.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where evidence may point: a web page (http or https), or a file inside the plan directory that
 * exists. A file outside it would not travel with the plan (nor be published with it), so a path
 * that climbs out with {@code ..}, an absolute path and a link that leads out are all refused.
 */
final class EvidenceFiles {

    private final Path dir;

    EvidenceFiles(Path dir) {
        this.dir = dir;
    }

    /** What is wrong with {@code link} as a web address, or null when it is one. */
    static String problemWithLink(String link) {
        String written = link.strip();
        String lower = written.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return "is not a web address starting https:// or http://";
        }
        try {
            URI uri = new URI(written);
            if (uri.getHost() == null) {
                return "has no web site after the `//`";
            }
        } catch (URISyntaxException e) {
            return "is not a web address: " + e.getReason();
        }
        return null;
    }

    /** What is wrong with {@code file} as a file of the plan, or null when it is one. */
    String problemWithFile(String file) {
        Path relative;
        try {
            relative = Path.of(file.strip());
        } catch (InvalidPathException e) {
            return "is not a file name: " + e.getReason();
        }
        Path base = dir.toAbsolutePath().normalize();
        Path path = base.resolve(relative).normalize();
        if (relative.isAbsolute() || !path.startsWith(base)) {
            return "lies outside the plan directory";
        }
        if (!Files.exists(path)) {
            return "does not exist";
        }
        if (Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        try {
            if (!path.toRealPath().startsWith(base.toRealPath())) {
                return "lies outside the plan directory (it is a link to a file elsewhere)";
            }
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
        return Files.isRegularFile(path) ? null : "is not a file";
    }
}
