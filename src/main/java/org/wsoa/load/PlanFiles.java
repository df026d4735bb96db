package org.wsoa.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.SourceRef;

/**
 * The one way the loader opens a plan's files. A plan directory is untrusted: anyone who can open
 * a pull request can put anything in it. So a file is read only if it is a regular file whose real
 * path (every link resolved) lies inside the plan directory's real path, and only if it and the
 * plan as a whole are within {@link InputLimits}. Anything else (a link leading out, a named pipe,
 * a device, a folder where a file belongs, a file too large) is reported where it is and never
 * opened, so that nothing outside the plan is published and nothing can make the loader hang.
 *
 * <p>Files are checked ({@link #admit}) one after the other in the plan's order, so that which file
 * crosses the plan's size limit does not depend on threads; once admitted they may be read in
 * parallel: only {@link #admit} changes what this object counts. Folders of files (weaknesses/,
 * progress/) are listed in natural order and their files read each on its own, in parallel.
 */
final class PlanFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** A file that passed every check and may be read. */
    record Admitted(Path path, Path real) {
    }

    /** Turns one file's YAML into a model value, reporting its problems to {@code found}. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Node root, Path path, List<Diagnostic> found);
    }

    /**
     * One file of a folder as read: a null value when the file could not be read (as text or as
     * YAML), which is then its only finding.
     */
    record Read<T>(Path path, T value, List<Diagnostic> diagnostics) {
    }

    private final Path dir;
    private final Path realDir;
    private long total;
    private int count;
    private boolean overPlanLimit;

    /** @throws IOException if the plan directory itself cannot be resolved */
    PlanFiles(Path dir) throws IOException {
        this.dir = dir;
        this.realDir = dir.toRealPath();
    }

    /**
     * Whether anything is at {@code path}, a link that leads nowhere included (it is reported when
     * read), and anything whose presence cannot be told (so that it is reported, not skipped).
     */
    static boolean present(Path path) {
        return !Files.notExists(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code folder} is a folder inside the plan; one that leads outside is reported. */
    boolean isFolderInside(Path folder, List<Diagnostic> found) {
        if (!present(folder)) {
            return false;
        }
        try {
            Path real = folder.toRealPath();
            if (!real.startsWith(realDir)) {
                found.add(outside(folder, real));
                return false;
            }
            return Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Checks {@code path} and counts it against the plan's limits: the file to read, or null when it
     * must not or cannot be read (reported in {@code found}). Call in the plan's order, from one thread.
     */
    Admitted admit(Path path, List<Diagnostic> found) {
        SourceRef at = SourceRef.file(path.toString());
        if (overPlanLimit) {
            return null;
        }
        if (++count > InputLimits.MAX_FILES) {
            overPlanLimit = true;
            found.add(Diagnostic.of(LoadCheck.LIMITS, at, "the plan has more than "
                    + InputLimits.count(InputLimits.MAX_FILES) + " files; wsoa stopped reading at " + name(path),
                    "a plan has one file per area of weakness; remove the files that are not part of it"));
            return null;
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = path.toRealPath();
            if (!real.startsWith(realDir)) {
                found.add(outside(path, real));
                return null;
            }
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            found.add(Diagnostic.of(LoadCheck.UNREADABLE_FILE, at,
                    name(path) + " is a link to nothing: what it points to does not exist",
                    "replace the link with the file itself"));
            return null;
        } catch (IOException e) {
            found.add(couldNotRead(path, e));
            return null;
        }
        if (attributes.isDirectory()) {
            found.add(Diagnostic.of(LoadCheck.UNREADABLE_FILE, at, name(path) + " is a folder, but it should be a file",
                    "move what is in the folder elsewhere, and write " + name(path) + " as a file"));
            return null;
        }
        if (!attributes.isRegularFile()) {
            found.add(Diagnostic.of(LoadCheck.UNREADABLE_FILE, at, name(path)
                    + " is not a regular file (it is a named pipe, a device or a socket), so wsoa does not open it",
                    "write " + name(path) + " as an ordinary file"));
            return null;
        }
        if (attributes.size() > InputLimits.MAX_FILE_BYTES) {
            found.add(tooLarge(path, attributes.size()));
            return null;
        }
        total += attributes.size();
        if (total > InputLimits.MAX_PLAN_BYTES) {
            overPlanLimit = true;
            found.add(Diagnostic.of(LoadCheck.LIMITS, at, "the plan's files come to more than "
                    + InputLimits.size(InputLimits.MAX_PLAN_BYTES) + ", the most wsoa reads of a plan; it stopped at "
                    + name(path), "remove what is not part of the plan: a whole plan is usually under 1 MB"));
            return null;
        }
        return new Admitted(path, real);
    }

    /** The text of an admitted file, without a byte-order mark; null when it cannot be read (reported). */
    String read(Admitted file, List<Diagnostic> found) {
        Path path = file.path();
        byte[] bytes;
        // NOFOLLOW_LINKS: the real path has no links, so one appearing since the check is not followed.
        try (InputStream in = Files.newInputStream(file.real(), LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(InputLimits.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            found.add(couldNotRead(path, e));
            return null;
        }
        if (bytes.length > InputLimits.MAX_FILE_BYTES) {
            found.add(tooLarge(path, bytes.length));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            found.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, SourceRef.file(path.toString()),
                    "this file is not UTF-8 text", "save it as UTF-8"));
            return null;
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        int bad = Unprintable.find(text, 0);
        if (bad >= 0) {
            found.add(unprintable(path, text, bad));
            return null;
        }
        return text;
    }

    /**
     * The YAML files of {@code folder}, w2.yaml before w10.yaml; a folder that cannot be listed, or
     * holds more files than a plan may have, is reported and gives none (which files a listing gives
     * first depends on the file system, so none is read rather than some).
     */
    List<Path> yamlFiles(Path folder, List<Diagnostic> diagnostics) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    paths.add(path);
                }
                if (paths.size() > InputLimits.MAX_FILES) {
                    diagnostics.add(Diagnostic.of(LoadCheck.LIMITS, SourceRef.file(folder.toString()), "the "
                            + name(folder) + "/ folder holds more than " + InputLimits.count(InputLimits.MAX_FILES)
                            + " files, more than wsoa reads of a plan",
                            "remove the files that are not part of the plan"));
                    return List.of();
                }
            }
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(LoadCheck.UNREADABLE_FILE, SourceRef.file(folder.toString()),
                    "wsoa could not list the files in " + name(folder) + "/",
                    "check that the user who runs wsoa may read it"));
            return List.of();
        }
        paths.sort(Comparator.comparing((Path p) -> naturalKey(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()));
        return paths;
    }

    /**
     * Checks each file in the order of {@code paths} (so that the plan's size limit falls on the same
     * file every time), then reads each on its own, in parallel (a large plan has hundreds), and
     * gives the results in the order of {@code paths}, so that nothing depends on the threads.
     */
    <T> List<Read<T>> readEach(List<Path> paths, Reader<T> reader) {
        List<Checked> checked = new ArrayList<>();
        for (Path path : paths) {
            List<Diagnostic> found = new ArrayList<>();
            checked.add(new Checked(path, admit(path, found), found));
        }
        return checked.parallelStream().map(file -> read(file, reader)).toList();
    }

    /** A file of a folder as checked: null when it may not be read, which is reported in {@code found}. */
    private record Checked(Path path, Admitted admitted, List<Diagnostic> found) {
    }

    private <T> Read<T> read(Checked file, Reader<T> reader) {
        List<Diagnostic> found = file.found();
        String content = file.admitted() == null ? null : read(file.admitted(), found);
        if (content == null) {
            return new Read<>(file.path(), null, found);
        }
        Node root = new YamlReader(file.path().toString(), found).read(content);
        // A file that cannot be read yields its own finding only, not one for each field it lacks.
        if (root == null && !found.isEmpty()) {
            return new Read<>(file.path(), null, found);
        }
        return new Read<>(file.path(), reader.read(root, file.path(), found), found);
    }

    /** File names with their numbers padded, so that w2.yaml comes before w10.yaml. */
    private static String naturalKey(String name) {
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            if (!Character.isDigit(name.charAt(i))) {
                key.append(name.charAt(i++));
                continue;
            }
            int start = i;
            while (i < name.length() && Character.isDigit(name.charAt(i))) {
                i++;
            }
            key.append("0".repeat(Math.max(0, 12 - (i - start)))).append(name, start, i);
        }
        return key.toString();
    }

    /** The file's text, checked and read in one go: null when it must not or cannot be read (reported). */
    String read(Path path, List<Diagnostic> found) {
        Admitted admitted = admit(path, found);
        return admitted == null ? null : read(admitted, found);
    }

    private static Diagnostic unprintable(Path path, String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int others = Unprintable.count(text, index + Character.charCount(text.codePointAt(index)));
        String more = others == 0 ? "" : others == 1 ? " (and 1 more in this file)" : " (and " + others + " more in this file)";
        return Diagnostic.of(LoadCheck.CONTROL_CHARACTER, new SourceRef(path.toString(), line, index - lineStart + 1),
                "this file holds " + Unprintable.describe(text, index) + ", which cannot be printed" + more,
                "delete it: most editors do not show it, so retype the text around this place");
    }

    private Diagnostic outside(Path path, Path real) {
        return Diagnostic.of(LoadCheck.UNREADABLE_FILE, SourceRef.file(path.toString()), name(path)
                + " leads outside the plan's folder (to " + Excerpt.of(real.toString())
                + "); wsoa reads only files inside it", "put the file itself in the plan's folder, not a link to it");
    }

    private Diagnostic tooLarge(Path path, long bytes) {
        return Diagnostic.of(LoadCheck.LIMITS, SourceRef.file(path.toString()),
                name(path) + " is " + InputLimits.size(bytes) + ", more than the "
                        + InputLimits.size(InputLimits.MAX_FILE_BYTES) + " that wsoa reads of one file",
                "a plan file is text of a few pages; split a long one, or remove what is not part of the plan");
    }

    private Diagnostic couldNotRead(Path path, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Diagnostic.of(LoadCheck.UNREADABLE_FILE, SourceRef.file(path.toString()),
                "wsoa could not read " + name(path) + ": " + Excerpt.of(reason),
                "check that the user who runs wsoa may read it");
    }

    /** The path as the author knows it, from the plan's folder: {@code weaknesses/w1.yaml}. */
    private String name(Path path) {
        Path relative = path.startsWith(dir) ? dir.relativize(path) : path.getFileName();
        return relative.toString().replace('\\', '/');
    }
}
