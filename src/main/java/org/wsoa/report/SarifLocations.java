package org.wsoa.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where a SARIF report's findings are, as URIs that code scanning and the SARIF multitool accept
 * from any path: a file under the base folder (the working directory, or {@code --base}) is a
 * relative URI against the base {@value #SRCROOT}, whose absolute address the report gives once;
 * a file outside it is an absolute {@code file:} URI. Paths are written with {@code /} and
 * percent-encoded as UTF-8, whatever the platform and its character set.
 */
public final class SarifLocations {

    /** The name SARIF consumers, GitHub code scanning among them, know for the root of the sources. */
    public static final String SRCROOT = "%SRCROOT%";

    private final Path base;

    /** @param base the folder that locations are relative to; made absolute against the working directory */
    public SarifLocations(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** Locations relative to the working directory. */
    public static SarifLocations ofWorkingDirectory() {
        return new SarifLocations(Path.of(""));
    }

    /** The base's absolute {@code file:} URI, ending with {@code /} as SARIF asks of a base. */
    String baseUri() {
        return fileUri(base, true);
    }

    /** Where {@code file} (as a finding gives it: relative to the working directory, or absolute) is. */
    Location of(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        if (path.startsWith(base)) {
            String relative = slashes(base.relativize(path));
            // A first segment with a colon ("a:b.yaml") would read as a URI's scheme.
            int colon = relative.indexOf(':');
            int slash = relative.indexOf('/');
            return new Location(encode(colon >= 0 && (slash < 0 || colon < slash) ? "./" + relative : relative), SRCROOT);
        }
        return new Location(fileUri(path, false), null);
    }

    /** A URI, and the base it is relative to, or null when it is absolute. */
    record Location(String uri, String uriBaseId) {
    }

    /** The absolute {@code file:} URI of {@code path} ({@code file:///C:/...} on Windows), a folder's ending with {@code /}. */
    static String fileUri(Path path, boolean folder) {
        String slashed = slashes(path);
        // A Windows path (C:/Users/...) starts without a slash; a URI's path must start with one.
        String absolute = (slashed.startsWith("/") ? "" : "/") + slashed;
        return "file://" + encode(folder && !absolute.endsWith("/") ? absolute + "/" : absolute);
    }

    private static String slashes(Path path) {
        StringBuilder joined = new StringBuilder(path.getRoot() == null ? "" : path.getRoot().toString().replace('\\', '/'));
        for (int i = 0; i < path.getNameCount(); i++) {
            joined.append(i == 0 ? "" : "/").append(path.getName(i));
        }
        return joined.toString();
    }

    /** {@code path} as the path of a URI: spaces, {@code %}, {@code #} and every non-ASCII character escaped. */
    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
