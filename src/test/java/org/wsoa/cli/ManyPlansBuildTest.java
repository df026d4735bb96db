package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.load.PlanFixtures;

/** Issue 16, point 3: several plans in one run (build, and validate), each plan's files and messages apart, in the order given. */
class ManyPlansBuildTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path plan(String name) {
        Path plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve(name));
        PlanFixtures.edit(plan, "plan.yaml", "version: \"1.0\"", "output-name: plan-" + name + "\nversion: \"1.0\"");
        return plan;
    }

    private Path broken(String name) {
        Path plan = plan(name);
        PlanFixtures.edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 2022-13-44");
        return plan;
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eachPlanIsWrittenUnderItsOwnNameAndSaidInTheOrderGiven() {
        Path c = plan("c");
        Path a = plan("a");
        Path b = plan("b");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", c.toString(), a.toString(), b.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("plan-c.html") + NL + "Wrote " + out.resolve("plan-c.pdf") + NL
                + "Wrote " + out.resolve("plan-a.html") + NL + "Wrote " + out.resolve("plan-a.pdf") + NL
                + "Wrote " + out.resolve("plan-b.html") + NL + "Wrote " + out.resolve("plan-b.pdf") + NL);
    }

    @Test
    void eachPlansFilesAreTheBytesItsOwnBuildWrites() {
        Path a = plan("a");
        Path b = plan("b");
        Path together = temp.resolve("together");
        Path alone = temp.resolve("alone");

        CliRun both = CliRun.of("build", a.toString(), b.toString(), "-o", together.toString());
        CliRun onlyB = CliRun.of("build", b.toString(), "-o", alone.toString());

        assertThat(both.exitCode()).isZero();
        assertThat(onlyB.exitCode()).isZero();
        assertThat(bytes(together.resolve("plan-b.html"))).isEqualTo(bytes(alone.resolve("plan-b.html")));
        assertThat(bytes(together.resolve("plan-b.pdf"))).isEqualTo(bytes(alone.resolve("plan-b.pdf")));
    }

    @Test
    void aBrokenPlanAmongGoodOnesIsReportedInItsPlaceAndTheOthersAreStillWritten() throws IOException {
        Path a = plan("a");
        Path b = broken("b");
        Path c = plan("c");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", a.toString(), b.toString(), c.toString(), "-o", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("plan-a.html") + NL + "Wrote " + out.resolve("plan-c.html") + NL);
        assertThat(run.err()).contains(b.resolve("plan.yaml") + ":18:12: error[date-format]: `submitted` in plan.yaml is written"
                + " `2022-13-44`; there is no such day in the calendar" + NL)
                .endsWith(b + ": 1 error, 0 warnings in 10 files" + NL
                        + "wsoa build: the plan has errors, so nothing was written for " + b + NL);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactlyInAnyOrder(out.resolve("plan-a.html"), out.resolve("plan-c.html"),
                    out.resolve(".wsoa.lock"));
        }
    }

    @Test
    void aMissingPlanIsAUsageErrorAndTheWorstExitCodeWins() {
        Path a = plan("a");
        Path b = broken("b");
        Path missing = temp.resolve("missing");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", missing.toString(), b.toString(), a.toString(), "-o", out.toString(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("Wrote " + out.resolve("plan-a.html") + NL);
        assertThat(run.err()).startsWith("wsoa: no plan directory at " + missing + NL);
    }

    @Test
    void twoPlansWithOneNameStopTheBuildBeforeAnythingIsWritten() {
        Path first = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("first"));
        Path second = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("second"));
        Path a = plan("a");
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", a.toString(), first.toString(), second.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wsoa build: " + first + " and " + second + " would both be written as "
                + out.resolve("exampleshire-wsoa-2021") + ".*; give each its own output-name in plan.yaml, or build them"
                + " into different folders; nothing was written" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void nameIsForOnePlan() {
        Path out = temp.resolve("out");

        CliRun run = CliRun.of("build", plan("a").toString(), plan("b").toString(), "-o", out.toString(), "--name", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("wsoa build: --name names the files of one plan; with several plans, each is named"
                + " by its output-name in plan.yaml, or its area, kind and year" + NL);
        assertThat(out).doesNotExist();
    }

    @Test
    void validateReportsSeveralPlansInTheOrderGivenWithTheWorstExitCode() {
        Path c = plan("c");
        Path b = broken("b");
        Path a = plan("a");

        CliRun run = CliRun.of("validate", c.toString(), b.toString(), a.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(c + ": 0 errors, 0 warnings in 10 files" + NL
                + b.resolve("plan.yaml") + ":18:12: error[date-format]: `submitted` in plan.yaml is written `2022-13-44`;"
                + " there is no such day in the calendar" + NL
                + b + ": 1 error, 0 warnings in 10 files" + NL + a + ": 0 errors, 0 warnings in 10 files" + NL);
    }
}
