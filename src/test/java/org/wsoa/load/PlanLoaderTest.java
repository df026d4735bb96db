package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wsoa.load.PlanFixtures.edit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.model.Action;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.OverallRating;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.SourceRef;

class PlanLoaderTest {

    @TempDir
    Path temp;

    private Path tiny() {
        return PlanFixtures.copy(PlanFixtures.TINY, temp.resolve("tiny"));
    }

    @Test
    void readsEveryPartOfTheTinyPlan() throws IOException {
        LoadResult result = PlanLoader.load(PlanFixtures.TINY);

        assertThat(result.diagnostics()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.kind()).isEqualTo(PlanKind.WSOA);
        assertThat(plan.area().value()).isEqualTo("Exampleshire");
        assertThat(plan.status()).isEqualTo(PlanStatus.FINAL);
        assertThat(plan.inspection().reportReceived().date()).isEqualTo(LocalDate.of(2021, 11, 5));
        assertThat(plan.inspection().visit().end().date()).isEqualTo(LocalDate.of(2021, 9, 24));
        assertThat(plan.deadline().days()).isEqualTo(70);
        assertThat(plan.deadline().calendarDays()).isFalse();
        assertThat(plan.submitted().date()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(plan.principalAuthorities()).extracting(r -> r.id()).containsExactly("ecc", "icb");
        assertThat(plan.organisations()).extracting(o -> o.type())
                .containsExactly(OrganisationType.LOCAL_AUTHORITY, OrganisationType.HEALTH,
                        OrganisationType.PARENT_CARER_FORUM, OrganisationType.EDUCATION, OrganisationType.NATIONAL,
                        OrganisationType.NATIONAL);
        assertThat(plan.oversight().id()).isEqualTo("sib");
        assertThat(plan.boards().get(0).members()).extracting(r -> r.id())
                .containsExactly("bpatel", "cjones", "pcf", "schools");
        assertThat(plan.introduction().value()).startsWith("This plan is an illustrative example.");
        assertThat(plan.validation().limits()).singleElement()
                .satisfies(l -> assertThat(l.name() + "=" + l.value()).isEqualTo("max-actions-per-lead=8"));
        assertThat(plan.validation().accepted()).isEmpty();
        assertThat(plan.risks().get(0).score()).isEqualTo(12);
        assertThat(plan.resources().declaredTotals()).extracting(a -> a.financialYear())
                .containsExactly("2021/22", "2022/23");
        assertThat(plan.glossary()).extracting(t -> t.term()).containsExactly("EHC", "SEND");
        assertThat(plan.progress()).singleElement()
                .satisfies(report -> assertThat(report.date().date()).isEqualTo(LocalDate.of(2022, 3, 31)));
        assertThat(plan.files()).hasSize(10);
    }

    @Test
    void keepsWhereEachActionAndKpiWasWritten() throws IOException {
        Plan plan = PlanLoader.load(PlanFixtures.TINY).plan();
        String w1 = PlanFixtures.TINY.resolve("weaknesses/w1.yaml").toString();

        Action second = plan.weaknesses().get(0).actions().get(1);
        assertThat(second.id()).isEqualTo("W1.2");
        assertThat(second.at()).isEqualTo(new SourceRef(w1, 37, 5));
        assertThat(second.lead().at()).isEqualTo(new SourceRef(w1, 39, 11));
        assertThat(second.due().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(second.dependsOn()).extracting(r -> r.id()).containsExactly("W1.1");

        Kpi kpi = plan.weaknesses().get(0).kpis().get(0);
        assertThat(kpi.direction()).isEqualTo(Direction.UP);
        assertThat(kpi.baseline().value()).isEqualByComparingTo(new BigDecimal("32"));
        assertThat(kpi.target().date().date()).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(kpi.trajectory()).hasSize(1);
    }

    /**
     * What each finding says is shown by its check's fixtures under src/test/resources/rules/; this
     * shows that one run reports them all, in file order, a broken or missing file not stopping the rest.
     */
    @Test
    void oneRunReportsEveryMistakeInEveryFileInOrder() throws IOException {
        Path plan = tiny();
        edit(plan, "plan.yaml", "version: \"1.0\"", "version: \"1.0\"\narea: Again");
        Files.delete(plan.resolve("people.yaml"));
        edit(plan, "governance.yaml", "    name: SEND Improvement Board", "   name: SEND Improvement Board");
        edit(plan, "weaknesses/w1.yaml", "    due: 2022-05-31", "    due: 31/05/2022");
        edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    leed: bpatel");

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics())
                .extracting(d -> plan.relativize(Path.of(d.at().file())) + ":" + d.at().line() + " " + d.ruleId())
                .containsExactly(
                        "governance.yaml:4 yaml-syntax",
                        "people.yaml:0 missing-file",
                        "plan.yaml:5 duplicate-key",
                        "weaknesses/w1.yaml:35 date-format",
                        "weaknesses/w1.yaml:37 missing-field",
                        "weaknesses/w1.yaml:39 unknown-key");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.plan().weaknesses()).extracting(w -> w.id()).containsExactly("W1");
    }

    @Test
    void readsAProgressFileBlockByBlockWithWhereEachWasWritten() throws IOException {
        Plan plan = PlanLoader.load(PlanFixtures.TINY).plan();
        String file = PlanFixtures.TINY.resolve("progress/2022-03-31.yaml").toString();

        ProgressReport report = plan.progress().get(0);
        assertThat(report.file()).isEqualTo(file);
        assertThat(report.actions()).extracting(a -> a.action().id() + " " + a.status().code())
                .containsExactly("W1.1 on-track", "W1.2 not-started");
        assertThat(report.actions().get(0).at()).isEqualTo(new SourceRef(file, 4, 3));
        assertThat(report.actions().get(0).statusAt()).isEqualTo(new SourceRef(file, 5, 13));
        assertThat(report.actuals()).extracting(a -> a.kpi().id() + " " + a.date() + " " + a.value())
                .containsExactly("K1 2022-02-28 34", "K1 2022-03-31 37");
        assertThat(report.actuals().get(1).note().value()).isEqualTo("The first two new coordinators started in March.");
        assertThat(report.areas()).singleElement()
                .satisfies(area -> assertThat(area.rating()).isEqualTo(OverallRating.SOME_PROGRESS));
        assertThat(report.risks()).singleElement().satisfies(risk -> assertThat(risk.rating()).isEqualTo(8));
        assertThat(report.reviews()).singleElement().satisfies(review -> {
            assertThat(review.evidenceDue().date()).isEqualTo(LocalDate.of(2022, 3, 1));
            assertThat(review.with().value()).isEqualTo("DfE and NHS England advisers");
        });
    }

    @Test
    void readsProgressFilesInDateOrderWhateverTheirNames() throws IOException {
        Path plan = tiny();
        Files.writeString(plan.resolve("progress/2022-06-30.yaml"), "date: 2022-06-30\n");
        Files.writeString(plan.resolve("progress/2022-04-29.yml"), "date: 2022-04-29\n");

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.plan().progress()).extracting(r -> r.date().toString())
                .containsExactly("2022-03-31", "2022-04-29", "2022-06-30");
    }

    @Test
    void aProgressFileThatIsNotYamlIsUnreadableAndTheOthersAreStillRead() throws IOException {
        Path plan = tiny();
        Files.writeString(plan.resolve("progress/2022-06-30.yaml"), "date: 2022-06-30\nactions: [\n");

        LoadResult result = PlanLoader.load(plan);

        assertThat(result.diagnostics()).extracting(d -> d.ruleId()).containsExactly("yaml-syntax");
        assertThat(result.unreadable()).containsExactly(PlanFile.PROGRESS);
        assertThat(result.plan().progress()).extracting(r -> r.date().toString()).containsExactly("2022-03-31");
    }

    @Test
    void aMissingDirectoryIsNotAPlan() {
        assertThatThrownBy(() -> PlanLoader.load(temp.resolve("nowhere")))
                .isInstanceOf(PlanNotFoundException.class)
                .hasMessage("no plan directory at " + temp.resolve("nowhere"));
    }

    @Test
    void neverChangesTheFilesItReads() throws IOException {
        Path plan = tiny();
        String before = Files.readString(plan.resolve("weaknesses/w1.yaml"));
        edit(plan, "weaknesses/w1.yaml", "direction: up", "direction: upwards");
        String broken = Files.readString(plan.resolve("weaknesses/w1.yaml"));

        PlanLoader.load(plan);

        assertThat(Files.readString(plan.resolve("weaknesses/w1.yaml"))).isEqualTo(broken).isNotEqualTo(before);
    }
}
