package org.wsoa.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The release zip that {@code mvn package} wrote, unpacked as a user would: with {@code unzip}. */
final class Release {

    static final String VERSION = System.getProperty("wsoa.version", "0.1.0");
    static final Path ZIP = Path.of("target", "wsoa-" + VERSION + ".zip").toAbsolutePath();
    static final Path TAR_GZ = Path.of("target", "wsoa-" + VERSION + ".tar.gz").toAbsolutePath();

    private Release() {
    }

    /** Unzips the release into {@code dir} and returns the install folder, {@code dir/wsoa-VERSION}. */
    static Path unzip(Path dir) throws IOException {
        Processes.Result result = Processes.run(dir, Processes.hostEnvironment(), List.of("unzip", "-q", ZIP.toString()));
        if (result.exitCode() != 0) {
            throw new IOException("unzip " + ZIP + " failed: " + result.err());
        }
        Path home = dir.resolve("wsoa-" + VERSION);
        if (!Files.isDirectory(home)) {
            throw new IOException(ZIP + " has no folder wsoa-" + VERSION);
        }
        return home;
    }
}
