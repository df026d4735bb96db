package org.wsoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule firing on one change to the tiny fixture plan, and not firing on the plan as it is. */
class RulesTest {

    @TempDir
    Path temp;

    private RuleCase tiny() {
        return new RuleCase(temp);
    }

    @Test
    void theTinyFixtureIsCleanEvenWithStrict() {
        Validation validation = tiny().validate();

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.fails(true)).isFalse();
    }

    // deadline

    @Test
    void deadlineFiresOneWorkingDayLate() {
        assertThat(tiny().edit("plan.yaml", "submitted: 2022-02-14", "submitted: 2022-02-17").findings("deadline"))
                .containsExactly("P/plan.yaml:17:12: error[deadline]: the plan is submitted on Thursday 17 February"
                        + " 2022, 1 working day after its deadline: the deadline is 70 working days after Friday 5"
                        + " November 2021, skipping the bank holidays 27 and 28 December 2021 and 3 January 2022:"
                        + " Wednesday 16 February 2022");
    }

    @Test
    void deadlineDoesNotFireOnTheDayItself() {
        assertThat(tiny().edit("plan.yaml", "submitted: 2022-02-14", "submitted: 2022-02-16").findings("deadline"))
                .isEmpty();
    }

    @Test
    void deadlineCountsCalendarDaysWhenThePlanSaysSo() {
        assertThat(tiny().edit("plan.yaml", "counting: working-days", "counting: calendar-days")
                .findings("deadline"))
                .containsExactly("P/plan.yaml:17:12: error[deadline]: the plan is submitted on Monday 14 February"
                        + " 2022, 31 days after its deadline: the deadline is 70 calendar days after Friday 5 November"
                        + " 2021: Friday 14 January 2022");
    }

    @Test
    void deadlineUsesAnExplicitDueDate() {
        assertThat(tiny().edit("plan.yaml", "  # due: 2023-03-21", "  due: 2022-02-11").findings("deadline"))
                .containsExactly("P/plan.yaml:17:12: error[deadline]: the plan is submitted on Monday 14 February"
                        + " 2022, 3 days after its deadline: the due date in plan.yaml is Friday 11 February 2022");
    }

    @Test
    void deadlineNeedsTheDatesInAFinalPlanAndWarnsInADraft() {
        assertThat(tiny().edit("plan.yaml", "submitted: 2022-02-14\n", "").findings("deadline"))
                .containsExactly("P/plan.yaml:1:1: error[deadline]: the plan has no submission date; its deadline"
                        + " is Wednesday 16 February 2022");
        assertThat(new RuleCase(temp.resolve("draft")).edit("plan.yaml", "submitted: 2022-02-14\n", "")
                .edit("plan.yaml", "status: final", "status: draft").findings("deadline"))
                .containsExactly("P/plan.yaml:1:1: warning[deadline]: the plan has no submission date; its deadline"
                        + " is Wednesday 16 February 2022");
    }

    // coverage

    @Test
    void coverageFiresOnAWeaknessWithoutActions() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "    depends-on: [W1.1]\n", "");
        String w1 = plan.plan().resolve("weaknesses/w1.yaml").toString();
        java.nio.file.Path w2 = plan.plan().resolve("weaknesses/w2.yaml");
        try {
            java.nio.file.Files.writeString(w2, "id: W2\ntitle: Local Offer\nfinding: The Local Offer is out of date.\n");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        assertThat(plan.findings("coverage")).containsExactly(
                "P/weaknesses/w2.yaml:1:1: error[coverage]: weakness W2 has no actions");
        assertThat(w1).isNotEmpty();
    }

    @Test
    void coverageHoldsAnAppToTheRevisitsJudgements() {
        RuleCase plan = tiny().edit("plan.yaml", "kind: wsoa", "kind: app")
                .edit("plan.yaml", "# revisit:\n#   visit: {start: 2022-11-28, end: 2022-12-01}\n#   report-received: 2023-01-20\n"
                        + "#   report-published: 2023-01-27\n#   judgements:\n#     - weakness: W2",
                        "revisit:\n  judgements:\n    - weakness: W1\n      progress: sufficient\n    - weakness: W2\n"
                        + "      progress: not-sufficient\n#     - weakness: W2");

        assertThat(plan.findings("coverage")).containsExactly(
                "P/plan.yaml:38:17: error[coverage]: the revisit found insufficient progress on W2, but the plan has"
                        + " no weakness with that ID",
                "P/weaknesses/w1.yaml:1:1: error[coverage]: weakness W1 is in this APP, but the revisit found"
                        + " sufficient progress on it");
    }

    // action-lead and lead-load

    @Test
    void actionLeadFiresOnALeadFromOutsideThePartnership() {
        assertThat(tiny().edit("plan.yaml", "partners: [ecc, icb, pcf, schools]", "partners: [ecc, pcf, schools]")
                .findings("action-lead"))
                .containsExactly("P/weaknesses/w1.yaml:40:11: error[action-lead]: the lead of action W1.2, Bina Patel,"
                        + " works for NHS Exampleshire Integrated Care Board, which is not one of the plan's partners");
    }

    @Test
    void actionLeadFiresOnATeamAsLead() {
        assertThat(tiny().edit("people.yaml", "name: Bina Patel", "name: Health SEND Team").findings("action-lead"))
                .containsExactly("P/weaknesses/w1.yaml:40:11: error[action-lead]: the lead of action W1.2, `Health SEND"
                        + " Team`, looks like a team or a role, not a named person");
    }

    @Test
    void leadLoadWarnsAboveTheLimit() {
        RuleCase plan = tiny().edit("plan.yaml", "max-actions-per-lead: 8", "max-actions-per-lead: 0");

        assertThat(plan.findings("lead-load")).containsExactly(
                "P/people.yaml:21:5: warning[lead-load]: Alex Morgan leads 1 actions, more than the limit of 0",
                "P/people.yaml:25:5: warning[lead-load]: Bina Patel leads 1 actions, more than the limit of 0");
    }

    // dates and working-day

    @Test
    void datesFireOnStartAfterDueBeforeReceiptAndOutsideThePeriod() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "start: 2022-02-16", "start: 2022-06-16")
                .edit("weaknesses/w1.yaml", "due: 2022-06-30", "due: 2023-09-29");

        assertThat(plan.findings("dates")).containsExactly(
                "P/weaknesses/w1.yaml:34:12: error[dates]: action W1.1 starts on Thursday 16 June 2022, after it is due"
                        + " (Tuesday 31 May 2022)",
                "P/weaknesses/w1.yaml:43:10: error[dates]: action W1.2 is due on Friday 29 September 2023, outside the"
                        + " plan period (16 February 2022 to 31 August 2023)");
        assertThat(new RuleCase(temp.resolve("early")).edit("weaknesses/w1.yaml", "due: 2022-05-31", "due: 2021-11-04").findings("dates"))
                .containsExactly("P/weaknesses/w1.yaml:34:12: error[dates]: action W1.1 starts on Wednesday 16 February"
                        + " 2022, after it is due (Thursday 4 November 2021)",
                        "P/weaknesses/w1.yaml:35:10: error[dates]: action W1.1 is due on Thursday 4 November"
                        + " 2021, before the report was received (Friday 5 November 2021)");
    }

    @Test
    void workingDayWarnsOnWeekendsAndBankHolidaysAndCanBeAccepted() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "due: 2022-05-31", "due: 2022-06-02")
                .edit("weaknesses/w1.yaml", "due: 2022-06-30", "due: 2022-07-02");

        assertThat(plan.findings("working-day")).containsExactly(
                "P/weaknesses/w1.yaml:35:10: warning[working-day]: action W1.1 is due on Thursday 2 June 2022, a bank"
                        + " holiday (Spring bank holiday)",
                "P/weaknesses/w1.yaml:43:10: warning[working-day]: action W1.2 is due on Saturday 2 July 2022, a"
                        + " Saturday (accepted)");
        assertThat(plan.validate().warnings()).isEqualTo(1);
        assertThat(plan.validate().accepted()).isEqualTo(1);
    }

    // dependencies

    @Test
    void dependenciesFireOnACycleAndOnDueBeforeADependency() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "    partners: [ecc]\n", "    partners: [ecc]\n    depends-on: [W1.2]\n");

        assertThat(plan.findings("dependencies")).containsExactly(
                "P/weaknesses/w1.yaml:34:18: error[dependencies]: action W1.1 is due on Tuesday 31 May 2022, before"
                        + " W1.2, which it depends on, is due (Thursday 30 June 2022)",
                "P/weaknesses/w1.yaml:45:18: error[dependencies]: actions depend on each other in a circle:"
                        + " W1.1 -> W1.2 -> W1.1");
    }

    @Test
    void anActionThatDependsOnItselfIsACycle() {
        assertThat(tiny().edit("weaknesses/w1.yaml", "depends-on: [W1.1]", "depends-on: [W1.2]")
                .findings("dependencies"))
                .containsExactly("P/weaknesses/w1.yaml:44:18: error[dependencies]: actions depend on each other in a"
                        + " circle: W1.2 -> W1.2");
    }

    // kpi and kpi-count

    @Test
    void kpiFiresOnATargetThatMovesTheWrongWayOrFallsAfterThePeriod() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "direction: up", "direction: down")
                .edit("weaknesses/w1.yaml", "target: {value: 60, date: 2023-03-31}", "target: {value: 60, date: 2023-09-29}");

        assertThat(plan.findings("kpi")).containsExactly(
                "P/weaknesses/w1.yaml:16:13: error[kpi]: KPI K1 should go down, but its target (60) is above its"
                        + " baseline (32)",
                "P/weaknesses/w1.yaml:16:31: error[kpi]: KPI K1's target date (Friday 29 September 2023) is after the"
                        + " end of the plan period (16 February 2022 to 31 August 2023)");
    }

    @Test
    void kpiNeedsABaselineAndWarnsWithoutAnOwner() {
        RuleCase plan = tiny().edit("weaknesses/w1.yaml", "    baseline: {value: 32, date: 2021-08-31}\n", "")
                .edit("weaknesses/w1.yaml", "    owner: amorgan\n", "");

        assertThat(plan.findings("kpi")).containsExactly(
                "P/weaknesses/w1.yaml:11:5: error[kpi]: KPI K1 has no baseline",
                "P/weaknesses/w1.yaml:11:5: warning[kpi]: KPI K1 has no owner");
    }

    @Test
    void kpiCountWarnsOnlyInAnApp() {
        RuleCase wsoa = tiny().edit("plan.yaml", "  disable:\n    - rule: kpi-count\n      reason: Our KPIs were agreed with the DfE.\n", "")
                .edit("plan.yaml", "max-actions-per-lead: 8", "max-kpis-per-weakness: 0");

        assertThat(wsoa.findings("kpi-count")).isEmpty();
        assertThat(wsoa.edit("plan.yaml", "kind: wsoa", "kind: priority-action-plan").findings("kpi-count"))
                .containsExactly("P/weaknesses/w1.yaml:11:5: warning[kpi-count]: weakness W1 has 1 KPIs; the DfE asks"
                        + " for a limited number (here at most 0)");
    }

    // app-content

    @Test
    void appContentWarnsForEachMissingPartInAPriorityActionPlan() {
        RuleCase plan = tiny().edit("plan.yaml", "kind: wsoa", "kind: priority-action-plan")
                .edit("weaknesses/w1.yaml", "  social-care: Social care advice is returned within six weeks.\n", "")
                .edit("weaknesses/w1.yaml", "qualitative-evidence:\n  - Parent carer forum survey of families' experience of the assessment process.\n", "");

        assertThat(plan.findings("app-content")).containsExactly(
                "P/weaknesses/w1.yaml:1:1: warning[app-content]: weakness W1 does not describe the qualitative"
                        + " information to be collected",
                "P/weaknesses/w1.yaml:1:1: warning[app-content]: weakness W1 does not record the contribution of"
                        + " social care");
        assertThat(new RuleCase(temp.resolve("wsoa")).edit("weaknesses/w1.yaml", "  social-care: Social care advice is returned within six weeks.\n", "")
                .findings("app-content")).isEmpty();
    }

    // governance

    @Test
    void governanceFiresWithoutTheParentCarerForumOrTheNationalReviews() {
        RuleCase plan = tiny().edit("governance.yaml", "members: [bpatel, cjones, pcf, schools]", "members: [bpatel, schools]")
                .edit("governance.yaml", "to: [dfe, nhse]", "to: [dfe]");

        assertThat(plan.findings("governance")).containsExactly(
                "P/governance.yaml:1:12: error[governance]: the parent carer forum does not sit on SEND Improvement"
                        + " Board, which oversees the plan",
                "P/governance.yaml:16:5: error[governance]: the monitoring schedule has no review with NHS England");
    }

    @Test
    void governanceFiresOnAReportingCircle() {
        assertThat(tiny().edit("governance.yaml", "    meets: quarterly", "    meets: quarterly\n    reports-to: sib")
                .findings("governance"))
                .containsExactly("P/governance.yaml:9:17: error[governance]: boards report to each other in a circle:"
                        + " sib -> hwb -> sib");
    }

    // placeholders and approvals

    @Test
    void placeholdersAreErrorsInAFinalPlanAndWarningsInADraft() {
        RuleCase plan = tiny().edit("people.yaml", "role: Chair", "role: \"[insert role]\"")
                .edit("risks.yaml", "mitigation: Use agency staff while recruiting.", "mitigation: TBC")
                .edit("introduction.md", "illustrative example.", "illustrative example. ???");

        assertThat(plan.findings("placeholders")).containsExactly(
                "P/introduction.md:1:1: error[placeholders]: `???` is a placeholder",
                "P/people.yaml:31:11: error[placeholders]: `[insert role]` is a placeholder",
                "P/risks.yaml:5:17: error[placeholders]: `TBC` is a placeholder");
        assertThat(plan.edit("plan.yaml", "status: final", "status: draft").findings("placeholders")).containsExactly(
                "P/introduction.md:1:1: warning[placeholders]: still to fill in: `???` is a placeholder",
                "P/people.yaml:31:11: warning[placeholders]: still to fill in: `[insert role]` is a placeholder",
                "P/risks.yaml:5:17: warning[placeholders]: still to fill in: `TBC` is a placeholder");
    }

    @Test
    void approvalsNeedADateInAFinalPlan() {
        assertThat(tiny().edit("plan.yaml", "    date: 2022-02-08\n", "").findings("approvals"))
                .containsExactly("P/plan.yaml:20:5: error[approvals]: the approval by Cabinet has no date");
    }

    // resources: the first 2022/23 line is the item's cost, the second the declared total

    @Test
    void resourcesFireWhenADeclaredTotalDoesNotAddUp() {
        assertThat(tiny().edit("resources.yaml", "  2022/23: 160000", "  2022/23: 165000").findings("resources"))
                .containsExactly("P/resources.yaml:10:12: error[resources]: the total for 2022/23 is written £160,000,"
                        + " but the items add up to £165,000");
    }

    // settings

    @Test
    void aSwitchedOffRuleIsSilentAndAnUnknownOneIsAFinding() {
        RuleCase plan = tiny().edit("plan.yaml", "submitted: 2022-02-14", "submitted: 2022-02-17")
                .edit("plan.yaml", "    - rule: kpi-count", "    - rule: deadline\n      reason: Extension agreed.\n    - rule: kpi-cuont");

        assertThat(plan.findings("deadline")).isEmpty();
        assertThat(plan.findings(Validator.SETTINGS_RULE)).containsExactly(
                "P/plan.yaml:27:7: error[validation-settings]: there is no rule `kpi-cuont` to switch off; did you"
                        + " mean `kpi-count`?");
    }
}
