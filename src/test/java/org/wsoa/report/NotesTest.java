package org.wsoa.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.cli.CliRunner;
import org.wsoa.load.PlanFixtures;

/**
 * Issue 15, point 15: an action of a plan approved in February 2022 that is due on 19 September
 * 2022, the State Funeral, announced on 10 September, gets a note: listed in every format as one,
 * counted apart, and never failing, even with {@code --strict}.
 */
class NotesTest {

    private static final String NOTE = "action W1.2 is due on Monday 19 September 2022, a bank holiday (Bank Holiday"
            + " for the State Funeral of Queen Elizabeth II) announced after approval: on Saturday 10 September 2022,"
            + " after the plan was approved on Tuesday 8 February 2022";

    @TempDir
    Path temp;

    private Path plan;

    @BeforeEach
    void planWithAnActionDueOnTheStateFuneral() {
        plan = PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("plan"));
        PlanFixtures.edit(plan, "weaknesses/w1.yaml", "    due: 2022-06-30", "    due: 2022-09-19");
    }

    @Test
    void textPrintsANoteThatStrictDoesNotFail() {
        CliRunner.Result run = CliRunner.run("validate", "--strict", plan.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                plan + "/weaknesses/w1.yaml:42:10: note[working-day]: " + NOTE,
                "    hint: nothing to change: it was a working day when the plan was approved; if the work moves,"
                        + " record a revised due date in a progress file",
                plan + ": 0 errors, 0 warnings, 1 note in 10 files");
    }

    @Test
    void jsonCountsItAsANote() throws Exception {
        JsonNode report = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "json", "--strict",
                plan.toString()).out());

        assertThat(report.get("fails").asBoolean()).isFalse();
        JsonNode counts = report.get("plans").get(0);
        assertThat(counts.get("warnings").asInt()).isZero();
        assertThat(counts.get("notes").asInt()).isEqualTo(1);
        assertThat(counts.get("findings").get(0).get("severity").asText()).isEqualTo("note");
        assertThat(counts.get("findings").get(0).get("message").asText()).isEqualTo(NOTE);
    }

    @Test
    void sarifGivesItTheLevelNote() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(CliRunner.run("validate", "--format", "sarif", plan.toString()).out());

        assertThat(sarif.get("runs").get(0).get("results").get(0).get("level").asText()).isEqualTo("note");
    }

    @Test
    void githubMakesItANoticeAndJunitDoesNotFailIt() {
        CliRunner.Result github = CliRunner.run("validate", "--format", "github", "--strict", plan.toString());
        CliRunner.Result junit = CliRunner.run("validate", "--format", "junit", "--strict", plan.toString());

        assertThat(github.exitCode()).isZero();
        assertThat(github.out().lines().filter(l -> l.startsWith("::")))
                .containsExactly("::notice file=" + plan + "/weaknesses/w1.yaml,line=42,col=10,title=wsoa working-day::"
                        + NOTE + "%0Anothing to change: it was a working day when the plan was approved; if the work"
                        + " moves, record a revised due date in a progress file");
        assertThat(junit.exitCode()).isZero();
        assertThat(junit.out()).doesNotContain("<failure").contains("note[working-day]: " + NOTE);
    }
}
