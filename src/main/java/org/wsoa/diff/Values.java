package org.wsoa.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.Amount;
import org.wsoa.model.Approval;
import org.wsoa.model.Consideration;
import org.wsoa.model.Contact;
import org.wsoa.model.Direction;
import org.wsoa.model.EnquiryContact;
import org.wsoa.model.FundingStream;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ResolvedPlan;

/** The values of one version of a plan as a diff shows them: references resolved to names. */
final class Values {

    private final ResolvedPlan plan;

    Values(ResolvedPlan plan) {
        this.plan = plan;
    }

    ResolvedPlan plan() {
        return plan;
    }

    /** The person a reference names, by name; null for no reference. */
    Value person(Ref ref) {
        if (ref == null) {
            return null;
        }
        Person person = plan.person(ref);
        return named(ref, person == null ? null : person.name());
    }

    /** A board's member: a person or an organisation. */
    Value member(Ref ref) {
        Person person = plan.person(ref);
        if (person != null) {
            return named(ref, person.name());
        }
        Organisation organisation = plan.organisation(ref);
        return named(ref, organisation == null ? null : organisation.name());
    }

    List<Value> members(List<Ref> refs) {
        List<Value> members = new ArrayList<>();
        refs.forEach(ref -> members.add(member(ref)));
        return members;
    }

    Value organisations(List<Ref> refs) {
        List<Value> organisations = new ArrayList<>();
        for (Ref ref : refs) {
            Organisation organisation = plan.organisation(ref);
            organisations.add(named(ref, organisation == null ? null : organisation.name()));
        }
        return new Value.Several(organisations);
    }

    Value board(Ref ref) {
        if (ref == null) {
            return null;
        }
        var board = plan.board(ref);
        return named(ref, board == null ? null : board.name());
    }

    /** Those a monitoring line goes to: boards, bodies or organisations, each by name; null for none. */
    Value recipients(List<Ref> refs) {
        if (refs.isEmpty()) {
            return null;
        }
        List<Value> recipients = new ArrayList<>();
        for (Ref ref : refs) {
            var board = plan.board(ref);
            var body = plan.body(ref);
            Organisation organisation = plan.organisation(ref);
            Text name = board != null ? board.name() : body != null ? body.name()
                    : organisation != null ? organisation.name() : null;
            recipients.add(named(ref, name));
        }
        return new Value.Several(recipients);
    }

    /** An organisation, by name; null for no reference. */
    Value organisation(Ref ref) {
        if (ref == null) {
            return null;
        }
        Organisation organisation = plan.organisation(ref);
        return named(ref, organisation == null ? null : organisation.name());
    }

    /** The plan's contact for enquiries: a person of people.yaml by name, or the address written in plan.yaml. */
    Value enquiries(EnquiryContact enquiries) {
        if (enquiries == null) {
            return null;
        }
        return enquiries.person() != null ? person(enquiries.person()) : contact(enquiries.address());
    }

    /** Each sign-off as the sign-off table reads: "Cabinet, 7 December 2021, signed for by Alex Morgan", "Cabinet, pending". */
    Value approvals(List<Approval> approvals) {
        List<Value> shown = new ArrayList<>();
        for (Approval approval : approvals) {
            Value by = person(approval.by());
            shown.add(new Value.Words(body(approval.body(), approval.board())
                    + (approval.pending() ? ", pending" : approval.date() == null ? "" : ", " + day(approval.date().date()))
                    + (by == null ? "" : ", signed for by " + Shown.of(by))));
        }
        return shown.isEmpty() ? null : new Value.Several(shown);
    }

    /** Each body that considered the plan, with the day and what it did: "Cabinet, 7 December 2021: endorsed". */
    Value consideredBy(List<Consideration> considerations) {
        List<Value> shown = new ArrayList<>();
        for (Consideration consideration : considerations) {
            shown.add(new Value.Words(body(consideration.body(), consideration.board())
                    + (consideration.date() == null ? "" : ", " + day(consideration.date().date()))
                    + (consideration.note() == null || consideration.note().isBlank() ? "" : ": "
                    + text(consideration.note()))));
        }
        return shown.isEmpty() ? null : new Value.Several(shown);
    }

    private String body(Text body, Ref board) {
        String name = plan.signOffBody(body, board);
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The funder of a resource: an organisation or a funding stream, by name. */
    Value funder(Ref ref) {
        if (ref == null) {
            return null;
        }
        FundingStream stream = plan.fundingStream(ref);
        return stream != null ? named(ref, stream.name()) : organisation(ref);
    }

    /** The funding streams of resources.yaml, by name, in order; null for none. */
    Value fundingStreams() {
        if (plan.plan().resources() == null || plan.plan().resources().fundingStreams().isEmpty()) {
            return null;
        }
        List<Value> streams = new ArrayList<>();
        for (FundingStream stream : plan.plan().resources().fundingStreams()) {
            streams.add(named(new Ref(stream.id(), stream.at()), stream.name()));
        }
        return new Value.Several(streams);
    }

    /** A resource's costs as the resources table reads them: "2022/23: £190,000" for each year, or "not yet costed". */
    static Value costs(ResourceItem item) {
        if (item.notYetCosted()) {
            return new Value.Words("not yet costed");
        }
        List<Value> years = new ArrayList<>();
        for (Amount cost : item.costs()) {
            if (cost.value() != null) {
                years.add(new Value.Words(cost.financialYear() + ": " + Amount.pounds(cost.value())));
            }
        }
        return years.isEmpty() ? null : new Value.Several(years);
    }

    /**
     * The matrix the plan's risks are rated on, as the risks table's caption gives it: "5 × 5: 1 to 7 Low,
     * 8 to 14 Medium, 15 to 25 High"; the standard one unless the plan sets its own.
     */
    static Value riskMatrix(RiskMatrix matrix) {
        List<String> bands = new ArrayList<>();
        for (RiskMatrix.Band band : matrix.bands()) {
            if (band.from() != null && band.to() != null && band.rating() != null) {
                bands.add((band.from().equals(band.to()) ? band.from().toString() : band.from() + " to " + band.to())
                        + " " + text(band.rating()));
            }
        }
        return new Value.Words(matrix.likelihoods() + " \u00d7 " + matrix.impacts()
                + (bands.isEmpty() ? "" : ": " + String.join(", ", bands)));
    }

    /** How to reach someone, as written: "SEND Team, send@example.gov.uk, 01234 567890"; null for none. */
    static Value contact(Contact contact) {
        if (contact == null) {
            return null;
        }
        List<String> parts = Stream.of(contact.name(), contact.email(), contact.phone())
                .filter(t -> t != null && !t.isBlank()).map(Values::text).toList();
        return parts.isEmpty() ? null : new Value.Words(String.join(", ", parts));
    }

    /** A recurring action's cadence, "termly"; null for an action done once. */
    static Value recurs(Action action) {
        return !action.recurs() || action.recurrence().every() == null ? null
                : new Value.Words(action.recurrence().every().word());
    }

    /** The last day a recurring action runs to; null for an action done once. */
    static Value until(Action action) {
        return !action.recurs() || action.recurrence().until() == null ? null
                : new Value.Day(action.recurrence().until().date());
    }

    /** The due date of an action done once; a recurring action has {@link #until} instead. */
    static Value due(Action action) {
        return action.recurs() || action.due() == null ? null : new Value.Day(action.due().date());
    }

    private static String day(java.time.LocalDate date) {
        return BritishDates.formatShort(date);
    }

    /** The due date agreed later, from the progress files (the original stays in the plan); null if never moved. */
    Value revisedDue(Action action) {
        var state = plan.progress() == null ? null : plan.progress().action(action);
        if (state == null || state.revisedDue() == null || state.revisedDue().date() == null) {
            return null;
        }
        return new Value.Day(state.revisedDue().date().date());
    }

    /** The area an action belongs to, e.g. "W1: Timeliness of EHC plans". */
    Value weaknessOf(Action action) {
        return area(plan.weaknessOf(action));
    }

    Value weaknessOf(Kpi kpi) {
        return area(plan.weaknessOf(kpi));
    }

    private static Value area(Weakness weakness) {
        if (weakness == null) {
            return null;
        }
        return new Value.Named(weakness.id(), weakness.id() + (weakness.title() == null || weakness.title().isBlank()
                ? "" : ": " + text(weakness.title())));
    }

    private static Value named(Ref ref, Text name) {
        return new Value.Named(ref.id(), name == null || name.isBlank() ? ref.id() : text(name));
    }

    /** Words as written, or null when there are none. */
    static Value words(Text text) {
        return text == null || text.isBlank() ? null : new Value.Words(text(text));
    }

    static Value words(String text) {
        return text == null || text.isBlank() ? null : new Value.Words(text);
    }

    /** The text with its lines joined, as a reader sees it; empty for none. */
    static String text(Text text) {
        return text == null || text.isBlank() ? "" : text.value().strip().replaceAll("\\s+", " ");
    }

    static Value figure(Measure measure, Text unit) {
        if (measure == null || measure.value() == null) {
            return null;
        }
        return new Value.Figure(measure.value(), unit == null || unit.isBlank() ? null : unit.value().strip(),
                measure.date() == null ? null : measure.date().date());
    }

    static Value trajectory(Kpi kpi) {
        List<Value> points = new ArrayList<>();
        for (Measure point : kpi.trajectory()) {
            Value figure = figure(point, kpi.unit());
            if (figure != null) {
                points.add(figure);
            }
        }
        return points.isEmpty() ? null : new Value.Several(points);
    }

    static Value direction(Direction direction) {
        return direction == null ? null : new Value.Words(direction == Direction.UP ? "higher" : "lower");
    }
}
