package org.wsoa.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a new plan directory all at once or not at all: the files go into a temporary directory
 * beside the target, with the JSON Schemas that editors use in {@code .schema/}, and the whole is
 * moved into place in one step. An existing directory is never written into, unless it is empty.
 */
final class NewPlanDirectory {

    /** The schemas copied into {@code .schema/}, which the files' first lines point editors at. */
    static final List<String> SCHEMAS = List.of("plan", "people", "governance", "weakness", "risks",
            "resources", "glossary", "progress", "closure");

    private NewPlanDirectory() {
    }

    /**
     * Writes {@code files} (text by path relative to {@code dir}, in order) and the schemas.
     *
     * @return the files written, relative to {@code dir}
     * @throws IOException if {@code dir} is in use or cannot be written; nothing is left behind
     */
    static List<String> write(Path dir, Map<String, String> files) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                    throw new IOException(dir + " already exists and is not empty; wsoa init only writes new plans");
                }
            }
            Files.delete(dir);
        }
        Path parent = dir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + dir.getFileName() + ".init-");
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = temp.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                written.add(file.getKey());
            }
            for (String schema : SCHEMAS) {
                String name = schema + ".schema.json";
                try (InputStream in = NewPlanDirectory.class.getResourceAsStream("/org/wsoa/schema/" + name)) {
                    if (in != null) {
                        Path target = temp.resolve(".schema").resolve(name);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target);
                        written.add(".schema/" + name);
                    }
                }
            }
            // A temporary directory is private to its owner; the plan is for the whole team.
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
