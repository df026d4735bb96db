package org.wsoa.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wsoa.load.PlanFixtures.edit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoa.diagnostic.Diagnostic;
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

    private static List<String> lines(LoadResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
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
        assertThat(plan.risks().get(0).rating()).isEqualTo(12);
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

    @Test
    void reportsEveryKindOfMistakeInOneRun() throws IOException {
        Path plan = tiny();
        edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    leed: bpatel");
        edit(plan, "weaknesses/w1.yaml", "    due: 2022-05-31", "    due: 31/05/2022");
        edit(plan, "weaknesses/w1.yaml", "    lead: amorgan", "    lead: amorgn");
        edit(plan, "plan.yaml", "version: \"1.0\"", "version: \"1.0\"\narea: Again");

        LoadResult result = PlanLoader.load(plan);

        String w1 = plan.resolve("weaknesses/w1.yaml").toString();
        String planYaml = plan.resolve("plan.yaml").toString();
        assertThat(lines(result)).containsExactly(
                planYaml + ":5:1: error[duplicate-key]: the key `area` appears twice in this mapping (first at line 2);"
                        + " YAML keeps only one of them",
                w1 + ":32:11: error[unknown-reference]: lead `amorgn` of action W1.1 is not a person in the plan;"
                        + " did you mean `amorgan`?",
                w1 + ":35:10: error[date-format]: `due` in action W1.1 is written `31/05/2022`;"
                        + " write dates as YYYY-MM-DD: 2022-05-31",
                w1 + ":38:5: error[missing-field]: missing required field `lead` in action W1.2",
                w1 + ":40:5: error[unknown-key]: unknown key `leed` in action W1.2; did you mean `lead`?");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.plan()).isNotNull();
    }

    @Test
    void namesTheExpectedTypeOfAWrongValue() throws IOException {
        Path plan = tiny();
        edit(plan, "risks.yaml", "likelihood: 3", "likelihood: [3]");
        edit(plan, "weaknesses/w1.yaml", "direction: up", "direction: dwon");
        edit(plan, "plan.yaml", "status: final", "status: finished");
        edit(plan, "resources.yaml", "      2021/22: 40000", "      2021/22: £40,000");

        assertThat(lines(PlanLoader.load(plan))).containsExactly(
                plan.resolve("plan.yaml") + ":5:9: error[wrong-type]: `status` in plan.yaml is `finished`, which is not"
                        + " one of: draft, final",
                plan.resolve("resources.yaml") + ":6:16: error[wrong-type]: `2021/22` in the costs of F1 should be a number"
                        + " (without units or commas, e.g. 1250.50), but it is the text `£40,000`",
                plan.resolve("risks.yaml") + ":6:17: error[wrong-type]: `likelihood` in risk R1 should be"
                        + " a number (without units or commas, e.g. 1250.50), but it is a list",
                plan.resolve("weaknesses/w1.yaml") + ":14:16: error[wrong-type]: `direction` in KPI K1 is `dwon`,"
                        + " which is not one of: up, down; did you mean `down`?");
    }

    @Test
    void explainsDatesWrittenTheBritishWay() throws IOException {
        Path plan = tiny();
        edit(plan, "plan.yaml", "submitted: 2022-02-14", "submitted: 14 February 2022");
        edit(plan, "plan.yaml", "report-published: 2021-11-12", "report-published: 2021-02-30");
        edit(plan, "weaknesses/w1.yaml", "start: 2022-02-16", "start: soon");

        assertThat(lines(PlanLoader.load(plan))).containsExactly(
                plan.resolve("plan.yaml") + ":11:21: error[date-format]: `report-published` in the inspection is"
                        + " written `2021-02-30`; there is no such day in the calendar",
                plan.resolve("plan.yaml") + ":17:12: error[date-format]: `submitted` in plan.yaml is written"
                        + " `14 February 2022`; write dates as YYYY-MM-DD: 2022-02-14",
                plan.resolve("weaknesses/w1.yaml") + ":34:12: error[date-format]: `start` in action W1.1 is written"
                        + " `soon`; write dates as YYYY-MM-DD, for example 2023-03-31");
    }

    @Test
    void findsIdsUsedTwiceAcrossFiles() throws IOException {
        Path plan = tiny();
        edit(plan, "risks.yaml", "id: R1", "id: W1.1");

        assertThat(lines(PlanLoader.load(plan))).containsExactly(
                plan.resolve("risks.yaml") + ":2:5: error[duplicate-id]: the ID `W1.1` is used twice: it already names"
                        + " an action at " + plan.resolve("weaknesses/w1.yaml") + ":30:5");
    }

    @Test
    void saysWhenAReferenceNamesTheWrongKindOfThing() throws IOException {
        Path plan = tiny();
        edit(plan, "weaknesses/w1.yaml", "    lead: bpatel", "    lead: pcf");

        assertThat(lines(PlanLoader.load(plan))).containsExactly(
                plan.resolve("weaknesses/w1.yaml") + ":40:11: error[unknown-reference]: lead `pcf` of action W1.2 is"
                        + " an organisation, but it must be a person");
    }

    @Test
    void reportsSyntaxErrorsAndMissingFilesAndGoesOn() throws IOException {
        Path plan = tiny();
        Files.delete(plan.resolve("people.yaml"));
        Files.writeString(plan.resolve("governance.yaml"), "boards:\n  - id: sib\n   name: broken\n");
        edit(plan, "weaknesses/w1.yaml", "    lead: amorgan", "    lead: amorgn");

        List<String> lines = lines(PlanLoader.load(plan));

        // References to people and boards cannot be checked while their files are unreadable,
        // so they are not reported once each: the author sees the two causes.
        assertThat(lines).containsExactly(
                plan.resolve("governance.yaml") + ":3:4: error[yaml-syntax]: this is not valid YAML:"
                        + " expected the end of the block, but found a key at a different indentation"
                        + " (while parsing a block collection)",
                plan.resolve("people.yaml") + ": error[missing-file]: the plan has no people.yaml");
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
