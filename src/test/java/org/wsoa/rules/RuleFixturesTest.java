package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wsoa.load.PlanFixtures;
import org.wsoa.load.PlanLoader;

/**
 * Every check shown firing and not firing on small plans kept as files, in the manner of
 * Checkstyle's and ESLint's rule tests: see {@link RuleFixture} for the layout of a case.
 *
 * <p>When messages change on purpose, run {@code mvn -B -o test -Dtest=RuleFixturesTest
 * -Dwsoa.fixtures.update=true}: each expected.txt is then rewritten from what its check finds,
 * instead of compared, and the diff is there to review before it is committed.
 */
class RuleFixturesTest {

    private static final boolean UPDATE = Boolean.getBoolean("wsoa.fixtures.update");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @TempDir
    Path temp;

    static Stream<RuleFixture> cases() {
        return RuleFixture.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCheckFindsExactlyWhatTheCaseExpects(RuleFixture fixture) throws Exception {
        Path plan = fixture.build(temp.resolve("plan"));

        String found = fixture.findings(Validator.standard().validate(PlanLoader.load(plan)), plan);

        if (UPDATE) {
            // -Dwsoa.fixtures.update=true: the messages changed on purpose, so record them for review.
            Files.writeString(fixture.expectedFile(), found);
        } else {
            assertThat(found).as("the findings of %s (%s)", fixture, fixture.expectedFile())
                    .isEqualTo(fixture.expected());
        }
    }

    /** Every case is the tiny plan plus its files, so the tiny plan itself must have no finding at all. */
    @Test
    void theTinyPlanOnWhichEveryCaseIsBuiltHasNoFindingsEvenWithStrict() throws Exception {
        Validation validation = Validator.standard().validate(PlanLoader.load(PlanFixtures.TINY));

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.fails(true)).isFalse();
    }

    @Test
    void everyCheckHasAFiringAndACleanCaseAndNoOtherFolderIsThere() {
        Set<String> checks = new LinkedHashSet<>(CheckRegistry.standard().ids());
        List<RuleFixture> fixtures = RuleFixture.all();

        List<String> problems = new ArrayList<>();
        for (String check : checks) {
            List<RuleFixture> own = fixtures.stream().filter(f -> f.check().equals(check)).toList();
            if (own.stream().noneMatch(f -> !f.expected().isEmpty())) {
                problems.add(check + " has no case where it fires");
            }
            if (own.stream().noneMatch(f -> f.expected().isEmpty())) {
                problems.add(check + " has no clean case");
            }
        }
        for (String folder : RuleFixture.checkFolders()) {
            if (!checks.contains(folder)) {
                problems.add(RuleFixture.ROOT.resolve(folder) + " is not a check that wsoa validate knows");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCaseIsAKebabCaseFolderThatChangesTheTinyPlan() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleFixture fixture : RuleFixture.all()) {
            if (!Files.isDirectory(fixture.folder()) || !KEBAB_CASE.matcher(fixture.name()).matches()) {
                problems.add(fixture + ": a case is a folder with a kebab-case name");
                continue;
            }
            if (!Files.isRegularFile(fixture.expectedFile())) {
                problems.add(fixture + ": no " + RuleFixture.EXPECTED);
            }
            for (String deleted : fixture.deleted()) {
                if (!Files.exists(PlanFixtures.TINY.resolve(deleted))) {
                    problems.add(fixture + ": " + RuleFixture.DELETE + " names " + deleted
                            + ", which the tiny plan lacks");
                }
            }
            for (Path file : fixture.planFiles()) {
                Path base = PlanFixtures.TINY.resolve(fixture.folder().relativize(file).toString());
                if (Files.isRegularFile(base) && Files.mismatch(base, file) == -1) {
                    problems.add(fixture + ": " + fixture.folder().relativize(file)
                            + " is the tiny plan's file unchanged");
                }
            }
            if (fixture.planFiles().isEmpty() && fixture.deleted().isEmpty()) {
                problems.add(fixture + ": the case does not change the tiny plan");
            }
        }
        assertThat(problems).isEmpty();
    }
}
