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
import org.wsoa.model.ActionStatus;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.PlanStatus;
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
        assertThat(plan.files()).hasSize(9);
    }

    @Test
    void keepsWhereEachActionAndKpiWasWritten() throws IOException {
        Plan plan = PlanLoader.load(PlanFixtures.TINY).plan();
        String w1 = PlanFixtures.TINY.resolve("weaknesses/w1.yaml").toString();

        Action second = plan.weaknesses().get(0).actions().get(1);
        assertThat(second.id()).isEqualTo("W1.2");
        assertThat(second.at()).isEqualTo(new SourceRef(w1, 38, 5));
        assertThat(second.lead().at()).isEqualTo(new SourceRef(w1, 40, 11));
        assertThat(second.due().date()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(second.dependsOn()).extracting(r -> r.id()).containsExactly("W1.1");
        assertThat(second.status()).isEqualTo(ActionStatus.NOT_STARTED);

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
                        "weaknesses/w1.yaml:38 missing-field",
                        "weaknesses/w1.yaml:40 unknown-key");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.plan().weaknesses()).extracting(w -> w.id()).containsExactly("W1");
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
        edit(plan, "weaknesses/w1.yaml", "status: on-track", "status: going well");
        String broken = Files.readString(plan.resolve("weaknesses/w1.yaml"));

        PlanLoader.load(plan);

        assertThat(Files.readString(plan.resolve("weaknesses/w1.yaml"))).isEqualTo(broken).isNotEqualTo(before);
    }
}
