package org.wsoa.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a preview may serve besides the page: those inside the templates directory and the
 * plan directory (a council's logo beside its templates, say), and nothing else. A request path
 * is refused, before the disk is touched, if any of its segments is empty, {@code .}, {@code ..}
 * or hidden (a dot-file), or if it holds a backslash, a colon or a NUL; what is left must still
 * lie inside a directory once symbolic links are followed.
 */
final class StaticFiles {

    private final List<Path> roots = new ArrayList<>();

    /** @param roots the directories to serve from, first match wins */
    StaticFiles(List<Path> roots) throws IOException {
        for (Path root : roots) {
            this.roots.add(root.toRealPath());
        }
    }

    /**
     * The file that a decoded request path names, or null when it names none or is refused.
     *
     * @param path the URI's path, already percent-decoded, e.g. {@code /images/logo.png}
     */
    Path find(String path) {
        if (path == null || !path.startsWith("/") || path.length() == 1) {
            return null;
        }
        String relative = path.substring(1);
        if (relative.indexOf('\\') >= 0 || relative.indexOf(':') >= 0 || relative.indexOf('\0') >= 0) {
            return null;
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return null;
            }
        }
        for (Path root : roots) {
            Path candidate = root.resolve(relative).normalize();
            if (!candidate.startsWith(root) || !Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                // A symbolic link inside the directory may point outside it: follow it, then look again.
                Path real = candidate.toRealPath();
                if (real.startsWith(root)) {
                    return real;
                }
            } catch (IOException e) {
                // Gone since it was looked at, or not readable: as good as absent.
            }
        }
        return null;
    }
}
