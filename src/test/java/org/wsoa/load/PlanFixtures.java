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
    /**
     * A Priority Action Plan that uses every optional field of the format (all but `revisit`, which
     * only an APP has), strict-clean, with a quarter of progress.
     */
    public static final Path EVERY_FIELD = Path.of("src/test/resources/plans/every-field");

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

    /**
     * A copy of the tiny plan with three quarters of progress: 31 March 2022 (its own), then 30 June
     * (W1.1 complete with evidence, W1.2 at risk with a due date the DfE moved to 30 September, W1
     * rated good progress, two actuals of K1) and 30 September 2022 (W1.1 complete and embedded, W1.2
     * left out, one actual of K1, behind its trajectory).
     */
    public static Path tinyWithThreeQuarters(Path target) {
        Path plan = copy(TINY, target);
        write(plan.resolve("progress/2022-06-30.yaml"), String.join("\n",
                "date: 2022-06-30",
                "actions:",
                "  W1.1:",
                "    status: complete",
                "    completed: 2022-05-20",
                "    update: All four EHC coordinators are in post.",
                "    evidence:",
                "      - {title: Staffing report, date: 2022-05-31, kind: report, link: \"https://example.org/staffing\"}",
                "  W1.2:",
                "    status: at-risk",
                "    update: Two providers have not signed.",
                "    revised-due: {date: 2022-09-30, agreed-by: DfE, agreed-on: 2022-06-14, reason: More time to sign.}",
                "kpis:",
                "  K1:",
                "    actuals:",
                "      - {date: 2022-04-29, value: 41}",
                "      - {date: 2022-05-31, value: 44}",
                "areas:",
                "  W1: {rating: good-progress, change: Caseloads are below 150.}",
                ""));
        write(plan.resolve("progress/2022-09-30.yaml"), String.join("\n",
                "date: 2022-09-30",
                "actions:",
                "  W1.1:",
                "    status: complete-and-embedded",
                "    evidence:",
                "      - {title: Caseload audit, date: 2022-09-01, kind: audit, link: \"https://example.org/audit\"}",
                "kpis:",
                "  K1:",
                "    actuals:",
                "      - {date: 2022-08-31, value: 43, note: Two coordinators on leave.}",
                ""));
        return plan;
    }

    /**
     * The tiny plan with three quarters of progress ({@link #tinyWithThreeQuarters}), closed on 14 July
     * 2023 after a revisit that found too little progress on W1: its closure.yaml sends W1.2, at risk,
     * to the Accelerated Progress Plan with a new owner.
     */
    public static Path tinyClosed(Path target) {
        Path plan = tinyWithThreeQuarters(target);
        edit(plan, "plan.yaml", "# For an APP, the revisit and its judgements", String.join("\n",
                "revisit:",
                "  visit: {start: 2023-05-15, end: 2023-05-18}",
                "  report-received: 2023-06-16",
                "  judgements:",
                "    - {weakness: W1, progress: not-sufficient, summary: Families still wait too long.}",
                "# For an APP, the revisit and its judgements"));
        write(plan.resolve("closure.yaml"), String.join("\n",
                "date: 2023-07-14",
                "agreed-by: sib",
                "summary: >",
                "  Every family waiting for an assessment has a named **EHC coordinator**.",
                "benefits:",
                "  - Families know who to contact about their assessment.",
                "learning:",
                "  - Recruiting coordinators early made everything else possible.",
                "outstanding:",
                "  W1.2:",
                "    destination: next-plan",
                "    owner: amorgan",
                "    note: The APP's action W1.2 takes it on, with the third provider's agreement first.",
                ""));
        return plan;
    }

    /** The SHA-256 digest of every file of the plan, by its path in the plan: to show that nothing in it changed. */
    public static java.util.Map<String, String> digests(Path plan) {
        java.util.Map<String, String> digests = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(plan)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(plan.relativize(file).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
