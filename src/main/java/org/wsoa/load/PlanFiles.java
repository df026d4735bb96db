package org.wsoa.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.SourceRef;

/**
 * The one way the loader reads a plan file: as UTF-8 text, then as YAML, every problem reported
 * rather than thrown. Folders of files (weaknesses/, progress/) are listed in natural order and
 * their files read each on its own, in parallel.
 */
final class PlanFiles {

    private static final Pattern NUMBER_RUN = Pattern.compile("\\d+");

    private PlanFiles() {
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

    /** The YAML files of {@code folder}, w2.yaml before w10.yaml; a folder that cannot be listed is reported. */
    static List<Path> yamlFiles(Path folder, List<Diagnostic> diagnostics) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            stream.forEach(paths::add);
        } catch (IOException e) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(folder.toString()),
                    "could not list " + folder + ": " + e.getMessage(), null));
        }
        paths.sort(Comparator.comparing(p -> naturalKey(p.getFileName().toString())));
        return paths;
    }

    /**
     * Reads each file on its own, in parallel (a large plan has hundreds), and gives the results in
     * the order of {@code paths}, so that nothing depends on the threads.
     */
    static <T> List<Read<T>> readEach(List<Path> paths, Reader<T> reader) {
        return paths.parallelStream().map(path -> read(path, reader)).toList();
    }

    private static <T> Read<T> read(Path path, Reader<T> reader) {
        List<Diagnostic> found = new ArrayList<>();
        String content = readText(path, found);
        Node root = content == null ? null : new YamlReader(path.toString(), found).read(content);
        // A file that cannot be read yields its own finding only, not one for each field it lacks.
        if (root == null && !found.isEmpty()) {
            return new Read<>(path, null, found);
        }
        return new Read<>(path, reader.read(root, path, found), found);
    }

    /** The file's text, or null when it is not UTF-8 or cannot be read (reported to {@code found}). */
    static String readText(Path path, List<Diagnostic> found) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            found.add(Diagnostic.of(LoadCheck.YAML_SYNTAX, SourceRef.file(path.toString()),
                    "this file is not UTF-8 text", "save it as UTF-8"));
        } catch (IOException e) {
            found.add(Diagnostic.of(LoadCheck.MISSING_FILE, SourceRef.file(path.toString()),
                    "could not read " + path + ": " + e.getMessage(), null));
        }
        return null;
    }

    /** File names with their numbers padded, so that w2.yaml comes before w10.yaml. */
    private static String naturalKey(String name) {
        Matcher matcher = NUMBER_RUN.matcher(name);
        StringBuilder key = new StringBuilder();
        while (matcher.find()) {
            String digits = matcher.group();
            matcher.appendReplacement(key, "0".repeat(Math.max(0, 12 - digits.length())) + digits);
        }
        matcher.appendTail(key);
        return key.toString();
    }
}
