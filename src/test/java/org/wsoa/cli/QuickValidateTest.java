package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code wsoa validate} run without picocli ({@link QuickValidate}) prints the same bytes and exits
 * with the same code as through picocli, and leaves every other form of the command to picocli.
 */
class QuickValidateTest {

    /** Arguments split on spaces: each form, with plans that pass, warn, fail and are missing. */
    @ParameterizedTest
    @ValueSource(strings = {
        "validate plans/bcp-wsoa-2021",
        "validate plans/bcp-wsoa-2021 plans/medway-app-2020 plans/warwickshire-wsoa-2021",
        "validate --strict plans/medway-app-2020",
        "validate plans/medway-app-2020 --strict --debug",
        "validate --format json plans/bcp-wsoa-2021",
        "validate --format=junit plans/medway-app-2020",
        "validate --format github plans/medway-app-2020",
        "validate --format sarif --base=. plans/medway-app-2020",
        "validate --format sarif plans/warwickshire-wsoa-2021",
        "validate --format yaml plans/bcp-wsoa-2021",
        "validate --base plans plans/bcp-wsoa-2021",
        "validate --format sarif --base no/such/folder plans/bcp-wsoa-2021",
        "validate --as-of 2022-06-30 plans/bcp-wsoa-2021",
        "validate --as-of=30/06/2022 plans/bcp-wsoa-2021",
        "validate --files plans/bcp-wsoa-2021/plan.yaml plans/bcp-wsoa-2021/weaknesses/w1.yaml README.md",
        "validate --holidays no/such/bank-holidays.json plans/bcp-wsoa-2021",
        "validate no/such/plan",
        "validate README.md plans/bcp-wsoa-2021",
        "validate src/test/resources/rules/placeholders/fires",
    })
    void printsWhatPicoclisWayPrints(String line) {
        String[] args = line.split(" ");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        Integer exitCode = QuickValidate.run(args, new PrintWriter(out, true), new PrintWriter(err, true));

        CliRun picocli = CliRun.of(args);
        assertThat(exitCode).as("run without picocli").isNotNull();
        assertThat(out.toString()).isEqualTo(picocli.out());
        assertThat(err.toString()).isEqualTo(picocli.err());
        assertThat(exitCode).isEqualTo(picocli.exitCode());
    }

    @Test
    void aPlanGivenByTheGitHookWithAHolidayFileToo(@TempDir Path dir) throws Exception {
        Path holidays = Files.writeString(dir.resolve("bank-holidays.json"), "{\"england-and-wales\": {\"events\": []}}");
        String[] args = {"validate", "--holidays", holidays.toString(), "--files", "plans/bcp-wsoa-2021/plan.yaml"};
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        Integer exitCode = QuickValidate.run(args, new PrintWriter(out, true), new PrintWriter(err, true));

        CliRun picocli = CliRun.of(args);
        assertThat(exitCode).isEqualTo(picocli.exitCode());
        assertThat(out.toString()).isEqualTo(picocli.out());
        assertThat(err.toString()).isEqualTo(picocli.err());
    }

    /** Help, mistakes and the rarer forms get picocli's own handling and messages. */
    @ParameterizedTest
    @ValueSource(strings = {
        "validate",
        "validate --help",
        "validate -h plans/bcp-wsoa-2021",
        "validate --version",
        "validate --strict --strict plans/bcp-wsoa-2021",
        "validate --format json --format text plans/bcp-wsoa-2021",
        "validate --format",
        "validate plans/bcp-wsoa-2021 --format",
        "validate --format -x plans/bcp-wsoa-2021",
        "validate --format= plans/bcp-wsoa-2021",
        "validate --strict=true plans/bcp-wsoa-2021",
        "validate -- plans/bcp-wsoa-2021",
        "validate @plans.txt",
        "validate --unknown plans/bcp-wsoa-2021",
        "validate -s plans/bcp-wsoa-2021",
        "--debug validate plans/bcp-wsoa-2021",
        "build plans/bcp-wsoa-2021",
        "validate plans/bcp-wsoa-2021 \u0000",
    })
    void leavesEveryOtherFormToPicocli(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(QuickValidate.run(line.split(" "), new PrintWriter(out, true), new PrintWriter(err, true))).isNull();

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }
}
