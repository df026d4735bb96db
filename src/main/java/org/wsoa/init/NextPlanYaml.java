package org.wsoa.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Contact;
import org.wsoa.model.DateRange;
import org.wsoa.model.Dated;
import org.wsoa.model.DeadlineSetter;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.Inspection;
import org.wsoa.model.LimitSetting;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Ref;
import org.wsoa.model.ReportedArea;
import org.wsoa.model.Weakness;

/**
 * The next plan's plan.yaml: its kind, the area and partners as before, the inspection it answers
 * with the judgements of the visit that led to it, the deadline as far as it is known, and the
 * contact for enquiries as before.
 */
final class NextPlanYaml {

    private final Handover handover;
    private final Plan before;
    private final PlanKind next;
    private final FollowUpReport report;
    private final LocalDate due;
    private final String visit;

    NextPlanYaml(Handover handover, FollowUpReport report, LocalDate due) {
        this.handover = handover;
        this.before = handover.before();
        this.next = before.kind().next();
        this.report = report;
        this.due = due;
        this.visit = before.kind().judgedBy().name();
    }

    String write() {
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=.schema/plan.schema.json\n");
        YamlText.comment(out, "", "plan.yaml: " + next.titleWithArticle() + ", following the "
                + before.kind().title() + " in " + handover.name() + " as at " + (handover.asOf() == null
                ? "its agreed form (it has no progress files)"
                : "its progress file of " + BritishDates.formatShort(handover.asOf())) + ", started with `wsoa init"
                + " --from`. Every field is explained in wsoa's docs/plan-format.md. Run `wsoa validate` after each"
                + " change: it lists, with line numbers, everything that is still to decide.");
        out.append("kind: ").append(next.code()).append('\n');
        out.append("area: ").append(YamlText.scalar(before.area().value())).append('\n');
        out.append("# Change the version each time a new draft goes out for comment.\n");
        out.append("version: \"0.1\"\n");
        out.append("status: draft\n");
        if (before.framework() != null) {
            out.append("framework: ").append(before.framework().value().code()).append('\n');
        }
        ids(out, "principal-authorities", before.principalAuthorities());
        ids(out, "partners", before.partners());
        if (next.followsRevisit()) {
            inspection(out, "# The original inspection, whose " + before.kind().title() + " this plan follows.");
            revisit(out);
        } else {
            inspection(out, "# The inspection whose areas this plan answers, as the " + before.kind().title()
                    + " recorded it.");
            areas(out);
        }
        deadline(out);
        out.append("# The date you will submit (or submitted) the plan; wsoa checks it against the deadline.\n");
        out.append("# submitted: YYYY-MM-DD\n");
        YamlText.comment(out, "", "When the plan is delivered. Leave it out to let wsoa count " + months()
                + " months from `accepted:` once you record it.");
        out.append("# period: {start: YYYY-MM-DD, end: YYYY-MM-DD}\n");
        out.append("# Who signs the plan off, and when. Add one line per body.\n");
        out.append("# A sign-off still to come may say `date: pending` in a draft. Bodies that considered or scrutinised\n"
                + "# the plan without approving it go under `considered-by:` ({body, date, note}).\n");
        out.append("approvals:\n  - body: ").append(YamlText.quoted("[insert the board or committee that approves"
                + " the plan]")).append('\n');
        contact(out);
        limits(out);
        return out.toString();
    }

    /** The plan's contact for enquiries, which does not change with the plan: a person's ID, or the address as written. */
    private void contact(StringBuilder out) {
        EnquiryContact contact = before.contact();
        if (contact == null || contact.person() == null && contact.address() == null) {
            return;
        }
        out.append("# Who answers enquiries about the plan, as the ").append(before.kind().title()).append(" had it.\n");
        if (contact.person() != null) {
            out.append("contact: ").append(YamlText.scalar(contact.person().id())).append('\n');
            return;
        }
        out.append("contact:\n");
        Contact address = contact.address();
        for (var line : List.of(java.util.Map.entry("name", address.name() == null ? "" : address.name().value()),
                java.util.Map.entry("email", address.email() == null ? "" : address.email().value()),
                java.util.Map.entry("phone", address.phone() == null ? "" : address.phone().value()))) {
            if (!line.getValue().isBlank()) {
                out.append("  ").append(line.getKey()).append(": ").append(YamlText.scalar(line.getValue().strip()))
                        .append('\n');
            }
        }
    }

    private static void ids(StringBuilder out, String key, List<Ref> refs) {
        if (!refs.isEmpty()) {
            out.append(key).append(": ").append(YamlText.ids(refs.stream().map(Ref::id).toList())).append('\n');
        }
    }

    private void inspection(StringBuilder out, String comment) {
        Inspection inspection = before.inspection();
        out.append("inspection:\n  ").append(comment).append('\n');
        range(out, "  ", "visit", inspection.visit());
        date(out, "  ", "report-received", inspection.reportReceived());
        date(out, "  ", "report-published", inspection.reportPublished());
        if (inspection.outcome() != null) {
            out.append("  outcome: ").append(inspection.outcome().value().code()).append('\n');
        }
    }

    /** The revisit that the next plan answers, with its judgement on every area of the plan before. */
    private void revisit(StringBuilder out) {
        out.append("revisit:\n  # The ").append(visit).append(" that found insufficient progress.\n");
        if (report.visit() == null) {
            out.append("  # visit: {start: YYYY-MM-DD, end: YYYY-MM-DD}\n");
        } else {
            range(out, "  ", "visit", report.visit());
        }
        out.append("  report-received: ").append(report.received()).append('\n');
        if (report.published() == null) {
            out.append("  # report-published: YYYY-MM-DD\n");
        } else {
            out.append("  report-published: ").append(report.published()).append('\n');
        }
        out.append("  # Its judgement on every area of the ").append(before.kind().title()).append(". This plan covers\n")
                .append("  # exactly the ones judged not-sufficient, one file each under weaknesses/.\n");
        out.append("  judgements:\n");
        for (FollowUpReport.Judged judged : report.judgements()) {
            Weakness weakness = weakness(judged.weakness());
            out.append("    - weakness: ").append(YamlText.scalar(judged.weakness())).append('\n');
            String title = judged.title() != null ? judged.title() : weakness == null ? null : weakness.title().value();
            if (title != null) {
                YamlText.text(out, "      ", "title", title);
            }
            out.append("      progress: ").append(judged.sufficient() ? "sufficient" : "not-sufficient").append('\n');
            if (judged.summary() != null) {
                YamlText.text(out, "      ", "summary", judged.summary());
            } else if (!judged.sufficient()) {
                out.append("      summary: ").append(YamlText.quoted("[insert what the " + visit + " letter says]"))
                        .append('\n');
            }
        }
    }

    /**
     * The areas that the 2023 framework's report named, less those the monitoring inspection found had
     * made sufficient progress, which are named in a comment.
     */
    private void areas(StringBuilder out) {
        List<ReportedArea> areas = before.inspection().areas();
        List<String> sufficient = new ArrayList<>();
        for (ReportedArea area : areas) {
            FollowUpReport.Judged judged = report.judgementOn(area.id());
            if (judged != null && judged.sufficient()) {
                sufficient.add(area.id() + " (" + area.title().value() + ")");
            }
        }
        YamlText.comment(out, "  ", "The " + visit + ", whose report the area received on "
                + BritishDates.formatShort(report.received()) + ", found sufficient progress on "
                + (sufficient.isEmpty() ? "no area" : String.join(", ", sufficient))
                + ". This plan answers the areas it found had not made sufficient progress.");
        String key = null;
        for (ReportedArea area : areas) {
            FollowUpReport.Judged judged = report.judgementOn(area.id());
            if (judged == null || judged.sufficient()) {
                continue;
            }
            if (!area.term().listKey().equals(key)) {
                key = area.term().listKey();
                out.append("  ").append(key).append(":\n");
            }
            out.append("    - id: ").append(YamlText.scalar(area.id())).append('\n');
            YamlText.text(out, "      ", "title", area.title().value());
        }
        out.append("  # The next ").append(visit).append(", once Ofsted gives its date.\n");
        out.append("  # monitoring-inspection: YYYY-MM-DD\n");
    }

    private void deadline(StringBuilder out) {
        DeadlineSetter setter = next.deadlineSetter();
        if (setter.counts()) {
            return;
        }
        String who = setter.asksWhoAgreed() ? "Write the date that was agreed, who agreed it and when."
                : "It is " + setter.givenDate() + ".";
        YamlText.comment(out, "", "When " + next.titleWithArticle() + " is due. " + who);
        String agreed = setter.asksWhoAgreed() ? ", agreed-by: " + YamlText.quoted("[insert who agreed the date]") : "";
        if (due == null) {
            out.append("# deadline: {due: YYYY-MM-DD").append(agreed.isEmpty() ? "" : ", agreed-by: \"...\"")
                    .append("}\n");
        } else {
            out.append("deadline: {due: ").append(due).append(agreed).append("}\n");
        }
    }

    /** The delivery period's length as the plan before had it: 18 months unless its limits say otherwise. */
    private String months() {
        for (LimitSetting limit : before.validation().limits()) {
            if (limit.name().equals("plan-months")) {
                return Integer.toString(limit.value());
            }
        }
        return "18";
    }

    /** The plan before's limits under {@code validation:}, which still apply; its other settings were its own. */
    private void limits(StringBuilder out) {
        List<LimitSetting> limits = before.validation().limits();
        if (limits.isEmpty()) {
            return;
        }
        out.append("# The limits the ").append(before.kind().title()).append(" set for its checks.\n");
        out.append("validation:\n  limits:\n");
        for (LimitSetting limit : limits) {
            out.append("    ").append(limit.name()).append(": ").append(limit.value()).append('\n');
        }
    }

    private Weakness weakness(String id) {
        return before.weaknesses().stream().filter(w -> id.equals(w.id())).findFirst().orElse(null);
    }

    private static void range(StringBuilder out, String indent, String key, DateRange range) {
        if (range != null && range.start() != null) {
            out.append(indent).append(key).append(": {start: ").append(range.start().date())
                    .append(range.end() == null ? "" : ", end: " + range.end().date()).append("}\n");
        }
    }

    private static void date(StringBuilder out, String indent, String key, Dated date) {
        if (date != null) {
            out.append(indent).append(key).append(": ").append(date.date()).append('\n');
        }
    }
}
