package org.wsoa.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.load.PlanFixtures;

/**
 * One case of one check, kept as files in {@code src/test/resources/rules/<check>/<case>/}: the
 * tiny fixture plan with the case's files laid over it, and the check's findings on that plan in
 * {@code expected.txt}. An empty {@code expected.txt} is a clean case, where the check must not fire.
 *
 * <p>A file in the case replaces the tiny plan's file of the same relative path whole, or adds a
 * new one; {@code delete.txt} lists the tiny plan's files (or folders) to remove, one relative path
 * a line. {@code README.md} says what the case shows where its name is not enough.
 */
record RuleFixture(String check, String name, Path folder) {

    static final Path ROOT = Path.of("src/test/resources/rules");
    static final String EXPECTED = "expected.txt";
    static final String DELETE = "delete.txt";
    static final String README = "README.md";

    /** The files of a case folder that are about the case rather than part of its plan. */
    private static final Set<String> NOT_PLAN_FILES = Set.of(EXPECTED, DELETE, README);

    /** Every case folder, by check and then by case name. */
    static List<RuleFixture> all() {
        List<RuleFixture> cases = new ArrayList<>();
        for (Path check : children(ROOT)) {
            if (!Files.isDirectory(check)) {
                continue;
            }
            for (Path folder : children(check)) {
                cases.add(new RuleFixture(check.getFileName().toString(), folder.getFileName().toString(), folder));
            }
        }
        return cases;
    }

    /** The names under {@link #ROOT}, each of which should be a check's folder. */
    static List<String> checkFolders() {
        return children(ROOT).stream().map(path -> path.getFileName().toString()).toList();
    }

    /** Builds the case's plan in {@code target}: a copy of the tiny plan, less delete.txt, plus the case's files. */
    Path build(Path target) {
        PlanFixtures.copy(PlanFixtures.TINY, target);
        for (String deleted : deleted()) {
            deleteAll(target.resolve(deleted));
        }
        for (Path file : planFiles()) {
            Path to = target.resolve(folder.relativize(file).toString());
            try {
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }

    /** The relative paths that delete.txt lists, or none. */
    List<String> deleted() {
        Path list = folder.resolve(DELETE);
        if (!Files.exists(list)) {
            return List.of();
        }
        return read(list).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The case's files that are laid over the tiny plan. */
    List<Path> planFiles() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !(file.getParent().equals(folder)
                            && NOT_PLAN_FILES.contains(file.getFileName().toString())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The findings of this case's check, one a line as the text report prints them, each followed by
     * its hint, or the reason it was accepted, with the plan's directory written {@code P}. Accepted
     * findings stay in place here (the report lists them apart), so that a case reads in file order.
     */
    String findings(Validation validation, Path plan) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : validation.findings()) {
            Diagnostic diagnostic = finding.diagnostic();
            if (!diagnostic.ruleId().equals(check)) {
                continue;
            }
            text.append(finding).append('\n');
            if (finding.accepted()) {
                text.append("    reason: ").append(finding.reason()).append('\n');
            } else if (diagnostic.hint() != null) {
                text.append("    hint: ").append(diagnostic.hint()).append('\n');
            }
        }
        return text.toString().replace(plan.toString(), "P");
    }

    Path expectedFile() {
        return folder.resolve(EXPECTED);
    }

    String expected() {
        return read(expectedFile());
    }

    @Override
    public String toString() {
        return check + "/" + name;
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
