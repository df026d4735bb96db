package org.wsoa.init;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.Contribution;
import org.wsoa.model.Dated;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Measure;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Ref;
import org.wsoa.model.SuccessCriterion;
import org.wsoa.model.Weakness;

/**
 * The file of one area carried into the next plan: the area as the plan before had it (its finding,
 * intent, success criteria, evidence and contributions), each KPI with its latest actual as the new
 * baseline, and each action not complete, marked as carried from its ID. What the authors must decide
 * again (the new due dates, the new targets) is written as a placeholder, so that the plan validates
 * with a warning for each until they do.
 */
final class CarriedWeakness {

    static final String NEW_DUE = "[insert the new due date]";
    static final String NEW_UNTIL = "[insert the new end date]";
    static final String NEW_TARGET = "[insert the new target]";
    static final String NEW_TARGET_DATE = "[insert the new target date]";

    private final Handover handover;
    private final String before;
    private final String visit;

    /**
     * @param visit what judged the area, for the comments: "the revisit"
     */
    CarriedWeakness(Handover handover, String visit) {
        this.handover = handover;
        PlanKind kind = handover.before().kind();
        this.before = "the " + kind.title();
        this.visit = visit;
    }

    /** The file's text. */
    String write(Weakness weakness) {
        List<Action> carried = handover.outstanding(weakness);
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=../.schema/weakness.schema.json\n");
        YamlText.comment(out, "", weakness.id() + " as " + before + " in " + handover.name() + " had it, carried"
                + " forward because " + visit + " found that progress on it was not sufficient. Add what " + visit
                + " found to the finding, and decide the places marked [insert ...].");
        out.append("id: ").append(YamlText.scalar(weakness.id())).append('\n');
        YamlText.text(out, "", "title", weakness.title().value());
        if (weakness.lead() != null) {
            out.append("lead: ").append(YamlText.scalar(weakness.lead().id())).append('\n');
        }
        if (weakness.board() != null) {
            out.append("board: ").append(YamlText.scalar(weakness.board().id())).append('\n');
        }
        YamlText.text(out, "", "finding", weakness.finding().value());
        if (weakness.intent() != null) {
            YamlText.text(out, "", "intent", weakness.intent().value());
        }
        successCriteria(out, weakness.successCriteria());
        kpis(out, weakness.kpis());
        if (!weakness.qualitativeEvidence().isEmpty()) {
            out.append("qualitative-evidence:\n");
            weakness.qualitativeEvidence().forEach(text -> YamlText.item(out, "  ", text.value()));
        }
        if (!weakness.contributions().isEmpty()) {
            out.append("contributions:\n");
            for (Contribution contribution : weakness.contributions()) {
                YamlText.text(out, "  ", contribution.partnerType().code(), contribution.text().value());
            }
        }
        actions(out, weakness, carried);
        return out.toString();
    }

    private static void successCriteria(StringBuilder out, List<SuccessCriterion> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        out.append("success-criteria:\n");
        for (SuccessCriterion criterion : criteria) {
            if (criterion.id() == null) {
                YamlText.item(out, "  ", criterion.text().value());
            } else {
                out.append("  - id: ").append(YamlText.scalar(criterion.id())).append('\n');
                YamlText.text(out, "    ", "text", criterion.text().value());
            }
        }
    }

    private void kpis(StringBuilder out, List<Kpi> kpis) {
        if (kpis.isEmpty()) {
            return;
        }
        out.append("kpis:\n");
        for (Kpi kpi : kpis) {
            out.append("  - id: ").append(YamlText.scalar(kpi.id())).append('\n');
            YamlText.text(out, "    ", "name", kpi.name().value());
            if (kpi.unit() != null) {
                out.append("    unit: ").append(YamlText.scalar(kpi.unit().value())).append('\n');
            }
            out.append("    direction: ").append(kpi.direction().code()).append('\n');
            KpiActual latest = handover.latest().get(kpi.id());
            if (latest != null) {
                YamlText.comment(out, "    ", "In " + before + ": " + was(kpi) + ". The new baseline is its latest"
                        + " actual, as at " + BritishDates.formatShort(latest.date().date()) + ".");
                out.append("    baseline: {value: ").append(number(latest.value())).append(", date: ")
                        .append(latest.date().date()).append("}\n");
            } else {
                YamlText.comment(out, "    ", "In " + before + ": " + was(kpi) + ". No actual was reported, so the"
                        + " baseline is the one it had.");
                out.append("    baseline: {value: ").append(number(kpi.baseline().value())).append(", date: ")
                        .append(kpi.baseline().date().date()).append("}\n");
            }
            out.append("    target: {value: ").append(YamlText.quoted(NEW_TARGET)).append(", date: ")
                    .append(YamlText.quoted(NEW_TARGET_DATE)).append("}\n");
            if (kpi.frequency() != null) {
                out.append("    frequency: ").append(YamlText.scalar(kpi.frequency().value())).append('\n');
            }
            if (kpi.source() != null) {
                YamlText.text(out, "    ", "source", kpi.source().value());
            }
            if (kpi.owner() != null) {
                out.append("    owner: ").append(YamlText.scalar(kpi.owner().id())).append('\n');
            }
        }
    }

    /** "baseline 1950 on 31 October 2021, target 900 by 31 March 2023". */
    private static String was(Kpi kpi) {
        return measure("baseline", "on", kpi.baseline()) + ", " + measure("target", "by", kpi.target());
    }

    private static String measure(String what, String when, Measure measure) {
        if (measure == null || measure.value() == null) {
            return "no " + what;
        }
        return what + " " + number(measure.value())
                + (measure.date() == null ? "" : " " + when + " " + BritishDates.formatShort(measure.date().date()));
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private void actions(StringBuilder out, Weakness weakness, List<Action> carried) {
        out.append("actions:\n");
        Set<String> carriedIds = carried.stream().map(Action::id).collect(Collectors.toSet());
        for (Action action : carried) {
            out.append("  - id: ").append(YamlText.scalar(action.id())).append('\n');
            out.append("    carried-from: ").append(YamlText.scalar(action.id())).append('\n');
            YamlText.text(out, "    ", "action", action.action().value());
            out.append("    lead: ").append(YamlText.scalar(action.lead().id())).append('\n');
            if (!action.partners().isEmpty()) {
                out.append("    partners: ").append(YamlText.ids(action.partners().stream().map(Ref::id).toList()))
                        .append('\n');
            }
            YamlText.comment(out, "    ", history(action));
            if (action.recurs() && action.recurrence().every() != null) {
                // It goes on as it did; when it stops is for the authors to decide, as a due date is.
                out.append("    recurs: ").append(YamlText.scalar(action.recurrence().every().word())).append('\n');
                out.append("    until: ").append(YamlText.quoted(NEW_UNTIL)).append('\n');
            } else {
                out.append("    due: ").append(YamlText.quoted(NEW_DUE)).append('\n');
            }
            // An action it depended on that is complete stays behind, and is no longer to wait for.
            List<String> dependsOn = action.dependsOn().stream().map(Ref::id).filter(carriedIds::contains).toList();
            if (!dependsOn.isEmpty()) {
                out.append("    depends-on: ").append(YamlText.ids(dependsOn)).append('\n');
            }
            if (action.impact() != null) {
                YamlText.text(out, "    ", "impact", action.impact().value());
            }
        }
        if (carried.isEmpty()) {
            // An area needs an action; every one it had is complete, so the authors write the next.
            Ref lead = weakness.lead() != null ? weakness.lead() : weakness.actions().get(0).lead();
            YamlText.comment(out, "  ", "Every action of " + weakness.id() + " in " + before
                    + " is complete: write what will be done next.");
            out.append("  - id: ").append(YamlText.scalar(newId(weakness))).append('\n');
            out.append("    action: ").append(YamlText.quoted("[insert what will be done]")).append('\n');
            out.append("    lead: ").append(YamlText.scalar(lead.id())).append('\n');
            out.append("    due: ").append(YamlText.quoted(NEW_DUE)).append('\n');
        }
    }

    /**
     * "It was due 30 June 2022 (moved to 30 September 2022), and was at risk as at 30 September
     * 2022", or "It recurred termly until 31 March 2023, ..." for a recurring action. What the authors
     * need beside the new due date (or end date) they write.
     */
    private String history(Action action) {
        StringBuilder history = new StringBuilder();
        if (action.recurs() && action.recurrence().every() != null) {
            history.append("It recurred ").append(action.recurrence().every().word()).append(" until ");
        } else {
            history.append("It was due ");
        }
        history.append(action.due() == null ? "on no date" : BritishDates.formatShort(action.due().date()));
        Dated revised = handover.revisedDue().get(action.id());
        if (revised != null) {
            history.append(" (moved to ").append(BritishDates.formatShort(revised.date())).append(')');
        }
        if (handover.asOf() != null) {
            history.append(", and was ").append(handover.status(action).label().toLowerCase(java.util.Locale.ROOT))
                    .append(" as at ").append(BritishDates.formatShort(handover.asOf()));
        }
        return history.append('.').toString();
    }

    /** An ID for a new action that no action of the area had: W2.8 after W2.1 to W2.7. */
    private static String newId(Weakness weakness) {
        Set<String> used = weakness.actions().stream().map(Action::id).collect(Collectors.toSet());
        int n = weakness.actions().size() + 1;
        while (used.contains(weakness.id() + "." + n)) {
            n++;
        }
        return weakness.id() + "." + n;
    }
}
