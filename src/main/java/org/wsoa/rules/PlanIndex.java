package org.wsoa.rules;

import java.util.HashMap;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.Board;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.Ref;
import org.wsoa.model.Weakness;

/** The plan's elements by ID, built once per validation so that rules look up in constant time. */
public final class PlanIndex {

    private final Plan plan;
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Board> boards = new HashMap<>();
    private final Map<String, Action> actions = new HashMap<>();
    private final Map<String, Weakness> weaknesses = new HashMap<>();

    PlanIndex(Plan plan) {
        this.plan = plan;
        plan.organisations().forEach(o -> put(organisations, o.id(), o));
        plan.people().forEach(p -> put(people, p.id(), p));
        plan.boards().forEach(b -> put(boards, b.id(), b));
        plan.weaknesses().forEach(w -> {
            put(weaknesses, w.id(), w);
            w.actions().forEach(a -> put(actions, a.id(), a));
        });
    }

    private static <T> void put(Map<String, T> map, String id, T value) {
        if (id != null) {
            map.putIfAbsent(id, value);
        }
    }

    public Plan plan() {
        return plan;
    }

    /** The organisation a reference names, or null (unresolved references are the loader's to report). */
    public Organisation organisation(Ref ref) {
        return ref == null ? null : organisations.get(ref.id());
    }

    public Person person(Ref ref) {
        return ref == null ? null : people.get(ref.id());
    }

    public Board board(Ref ref) {
        return ref == null ? null : boards.get(ref.id());
    }

    public Action action(Ref ref) {
        return ref == null ? null : actions.get(ref.id());
    }

    public Weakness weakness(String id) {
        return id == null ? null : weaknesses.get(id);
    }

    /** The organisation of the person a reference names, or null. */
    public Organisation organisationOf(Ref personRef) {
        Person person = person(personRef);
        return person == null ? null : organisation(person.organisation());
    }
}
