package org.wsoa.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the fixture plans that a test may change, one file at a time. */
public final class PlanFixtures {

    public static final Path TINY = Path.of("src/test/resources/plans/tiny");
    /** The tiny plan as a Priority Action Plan under the 2023 framework, with every field that records its making. */
    public static final Path TINY_PRIORITY_ACTION_PLAN = Path.of("src/test/resources/plans/tiny-priority-action-plan");
    /** The tiny plan as an Updated Strategic Plan, after the 2023 framework's outcome 2. */
    public static final Path TINY_STRATEGIC_PLAN = Path.of("src/test/resources/plans/tiny-strategic-plan");

    private PlanFixtures() {
    }

    /** The plan in {@code dir}, loaded and resolved as the commands do. */
    public static org.wsoa.resolve.ResolvedPlan resolved(Path dir) {
        try {
            return org.wsoa.resolve.Resolver.resolve(PlanLoader.load(dir), org.wsoa.calendar.WorkingDays.englandAndWales());
        } catch (PlanNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** A copy of {@code source} in {@code target}. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in a file of the plan, failing if it is absent. */
    public static void edit(Path plan, String file, String from, String to) {
        try {
            Path path = plan.resolve(file);
            String content = Files.readString(path);
            if (!content.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(path, content.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
