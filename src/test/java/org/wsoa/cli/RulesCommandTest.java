package org.wsoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wsoa.diagnostic.Check;
import org.wsoa.rules.CheckRegistry;

class RulesCommandTest {

    private static final String NL = System.lineSeparator();

    @Test
    void listsEveryCheckWithItsSeverityAndSummaryInTheRegistrysOrder() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().limit(CheckRegistry.standard().checks().size()))
                .extracting(line -> line.split("\\s+")[0])
                .containsExactlyElementsOf(CheckRegistry.standard().ids());
        assertThat(run.out()).contains("lead-load            warning  No person leads more actions than wsoa's guidance,"
                + " max-actions-per-lead." + NL);
        assertThat(run.out()).endsWith(NL + "wsoa rules ID explains one check; docs/rules.md explains them all." + NL);
    }

    @Test
    void explainsOneCheckWithAnExampleAndItsFix() {
        CliRun run = CliRun.of("rules", "working-day");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("working-day (warning): Actions are due on working days, not weekends or"
                + " bank holidays." + NL + "It can be switched off, or one finding accepted, under `validation:` in"
                + " plan.yaml." + NL + NL + "*Warning.* Actions are due on working days.");
        assertThat(run.out()).contains(NL + "Example:" + NL + NL + "    my-plan/weaknesses/w1.yaml:35:10:"
                + " warning[working-day]: action W1.1 is due on Thursday 2 June 2022, a bank holiday (Spring bank"
                + " holiday)" + NL + "        hint: choose a working day" + NL);
        assertThat(run.out()).endsWith("Fix: choose a working day, or accept the finding with the reason the date is"
                + " right." + NL);
        assertThat(run.out()).doesNotContain("```", "### ");
    }

    @Test
    void listsTheChecksOfBuildVerifyAfterThoseOfValidateAndExplainsThem() {
        CliRun list = CliRun.of("rules");
        CliRun one = CliRun.of("rules", "verify-pdfua");

        int standard = CheckRegistry.standard().checks().size();
        assertThat(list.out().lines().skip(standard).limit(4)).extracting(line -> line.split("\\s+")[0])
                .containsExactly("verify-html", "verify-pdfua", "verify-pdfa", "verify-parity");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).startsWith("verify-pdfua (error): The published PDF meets PDF/UA-1 (ISO 14289-1), as"
                + " veraPDF checks it." + NL + "It cannot be switched off, nor a finding accepted: it checks the files"
                + " that wsoa build --verify has written, not the plan." + NL);
        assertThat(one.out()).contains("Example:", "error[verify-pdfua]: PDF/UA-1 rule 6.2-1", "Fix:");
    }

    @Test
    void saysWhyALockedCheckCannotBeSwitchedOff() {
        CliRun run = CliRun.of("rules", "yaml-syntax");

        assertThat(run.out().lines().skip(1).findFirst()).hasValue("It cannot be switched off, nor a finding"
                + " accepted: a file that is not valid YAML cannot be read, so nothing in it could be checked or"
                + " published.");
    }

    @Test
    void everyCheckCanBeExplained() {
        for (Check check : CheckRegistry.standard().checks()) {
            CliRun run = CliRun.of("rules", check.id());
            assertThat(run.exitCode()).as(check.id()).isZero();
            assertThat(run.out()).as(check.id()).contains("Example:", "Fix:");
        }
    }

    @Test
    void anUnknownCheckIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("rules", "deadlin");

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("wsoa rules: there is no check `deadlin`; did you mean `deadline`?" + NL
                + "`wsoa rules` lists every check." + NL);
    }
}
