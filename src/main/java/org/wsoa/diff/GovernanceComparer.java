package org.wsoa.diff;

import java.util.List;
import java.util.Locale;
import org.wsoa.model.Body;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Succession;

/**
 * Compares who takes part in two versions of a plan and what it costs: the organisations (names,
 * short names, who succeeds them and when), the people (name, role, organisation, contact), the
 * bodies without a chair, the monitoring schedule (what is reported, to whom, how often, by whom), and
 * the resources (item, funder, costs or "not yet costed").
 */
final class GovernanceComparer {

    private final Values before;
    private final Values after;

    GovernanceComparer(Values before, Values after) {
        this.before = before;
        this.after = after;
    }

    List<ElementChange> organisations() {
        return new Matched<>(before.plan().plan().organisations(), after.plan().plan().organisations(),
                Organisation::id, o -> Values.text(o.name())).changes(o -> Values.text(o.name()), this::changed,
                (o, added) -> {
                    Fields fields = new Fields();
                    Values values = added ? after : before;
                    fields.describe(added, Field.SHORT_NAME, Values.words(o.shortName()));
                    fields.describe(added, Field.SUCCEEDED_BY, successor(values, o.succeededBy()));
                    fields.describe(added, Field.SUCCEEDED_ON, succeededOn(o.succeededBy()));
                    return fields.changes();
                });
    }

    private List<FieldChange> changed(Organisation was, Organisation now) {
        Fields fields = new Fields();
        fields.compare(Field.NAME, Values.words(was.name()), Values.words(now.name()));
        fields.compare(Field.SHORT_NAME, Values.words(was.shortName()), Values.words(now.shortName()));
        fields.compare(Field.SUCCEEDED_BY, successor(before, was.succeededBy()), successor(after, now.succeededBy()));
        fields.compare(Field.SUCCEEDED_ON, succeededOn(was.succeededBy()), succeededOn(now.succeededBy()));
        return fields.changes();
    }

    private static Value successor(Values values, Succession succession) {
        return succession == null ? null : values.organisation(succession.by());
    }

    private static Value succeededOn(Succession succession) {
        return succession == null || succession.on() == null ? null : new Value.Day(succession.on().date());
    }

    List<ElementChange> people() {
        return new Matched<>(before.plan().plan().people(), after.plan().plan().people(), Person::id,
                p -> Values.text(p.name())).changes(p -> Values.text(p.name()), this::changed, (p, added) -> {
                    Fields fields = new Fields();
                    Values values = added ? after : before;
                    fields.describe(added, Field.ROLE, Values.words(p.role()));
                    fields.describe(added, Field.ORGANISATION, values.organisation(p.organisation()));
                    fields.describe(added, Field.CONTACT, Values.contact(p.contact()));
                    return fields.changes();
                });
    }

    private List<FieldChange> changed(Person was, Person now) {
        Fields fields = new Fields();
        fields.compare(Field.NAME, Values.words(was.name()), Values.words(now.name()));
        fields.compare(Field.ROLE, Values.words(was.role()), Values.words(now.role()));
        fields.compare(Field.ORGANISATION, before.organisation(was.organisation()), after.organisation(now.organisation()));
        fields.compare(Field.CONTACT, Values.contact(was.contact()), Values.contact(now.contact()));
        return fields.changes();
    }

    List<ElementChange> bodies() {
        return new Matched<>(before.plan().plan().bodies(), after.plan().plan().bodies(), Body::id,
                b -> Values.text(b.name())).changes(b -> Values.text(b.name()), this::changed, (b, added) -> {
                    Fields fields = new Fields();
                    fields.describe(added, Field.ORGANISATION, (added ? after : before).organisation(b.organisation()));
                    return fields.changes();
                });
    }

    private List<FieldChange> changed(Body was, Body now) {
        Fields fields = new Fields();
        fields.compare(Field.NAME, Values.words(was.name()), Values.words(now.name()));
        fields.compare(Field.PURPOSE, Values.words(was.purpose()), Values.words(now.purpose()));
        fields.compare(Field.ORGANISATION, before.organisation(was.organisation()), after.organisation(now.organisation()));
        return fields.changes();
    }

    /**
     * The lines of the monitoring schedule, which have no IDs: matched by what they report (its words,
     * whatever their case and spacing), or, for a line reworded, by whom it goes to and who sends it.
     * Their changes have no ID.
     */
    List<ElementChange> monitoring() {
        return new Matched<>(before.plan().plan().monitoring(), after.plan().plan().monitoring(),
                GovernanceComparer::reported, GovernanceComparer::channel)
                .changes(m -> Values.text(m.what()), this::changed, (m, added) -> {
                    Values values = added ? after : before;
                    Fields fields = new Fields();
                    fields.describe(added, Field.REPORTED_TO, values.recipients(m.to()));
                    fields.describe(added, Field.FREQUENCY, Values.words(m.frequency()));
                    fields.describe(added, Field.REPORTED_BY, values.person(m.by()));
                    return fields.changes();
                }).stream().map(c -> new ElementChange(null, c.name(), c.kind(), c.fields())).toList();
    }

    /** To whom a monitoring line goes and who sends it, by their IDs: how a reworded line is recognised. */
    private static String channel(Monitoring line) {
        return line.to().stream().map(Ref::id).toList() + " by " + (line.by() == null ? "" : line.by().id());
    }

    private List<FieldChange> changed(Monitoring was, Monitoring now) {
        Fields fields = new Fields();
        fields.compare(Field.WHAT, Values.words(was.what()), Values.words(now.what()));
        fields.compare(Field.REPORTED_TO, before.recipients(was.to()), after.recipients(now.to()));
        fields.compare(Field.FREQUENCY, Values.words(was.frequency()), Values.words(now.frequency()));
        fields.compare(Field.REPORTED_BY, before.person(was.by()), after.person(now.by()));
        return fields.changes();
    }

    /** What a monitoring line reports, as its key: the words in one case, runs of spaces as one; null for none. */
    private static String reported(Monitoring line) {
        String what = Values.text(line.what());
        return what.isEmpty() ? null : what.toLowerCase(Locale.ROOT);
    }

    List<ElementChange> resources() {
        return new Matched<>(items(before), items(after), ResourceItem::id, r -> Values.text(r.item()))
                .changes(r -> Values.text(r.item()), this::changed, (r, added) -> {
                    Fields fields = new Fields();
                    fields.describe(added, Field.FUNDER, (added ? after : before).funder(r.funder()));
                    fields.describe(added, Field.COSTS, Values.costs(r));
                    return fields.changes();
                });
    }

    private List<FieldChange> changed(ResourceItem was, ResourceItem now) {
        Fields fields = new Fields();
        fields.compare(Field.ITEM, Values.words(was.item()), Values.words(now.item()));
        fields.compare(Field.FUNDER, before.funder(was.funder()), after.funder(now.funder()));
        fields.compare(Field.COSTS, Values.costs(was), Values.costs(now));
        return fields.changes();
    }

    private static List<ResourceItem> items(Values values) {
        var resources = values.plan().plan().resources();
        return resources == null ? List.of() : resources.items();
    }
}
