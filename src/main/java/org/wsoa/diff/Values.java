package org.wsoa.diff;

import java.util.ArrayList;
import java.util.List;
import org.wsoa.model.Action;
import org.wsoa.model.Direction;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Ref;
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
