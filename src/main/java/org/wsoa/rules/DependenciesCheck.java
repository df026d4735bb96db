package org.wsoa.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.calendar.BritishDates;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Action;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.model.Ref;

/**
 * Dependencies between actions can be delivered: no action depends, however indirectly, on
 * itself, and none is due before an action it depends on.
 */
final class DependenciesCheck extends AbstractRule {

    DependenciesCheck() {
        super("dependencies", Severity.ERROR, "Action dependencies have no cycles and are due in order.");
    }

    @Override
    public void check(ResolvedPlan plan, Findings findings) {
        List<Action> actions = plan.actions().toList();
        for (Action action : actions) {
            for (Ref dependency : action.dependsOn()) {
                Action before = plan.action(dependency);
                if (before != null && before != action && before.due() != null && action.due() != null
                        && action.due().date().isBefore(before.due().date())) {
                    findings.report(dependency.at(), action.id(), "action " + action.id() + " is due on "
                            + BritishDates.format(action.due().date()) + ", before " + before.id()
                            + ", which it depends on, is due (" + BritishDates.format(before.due().date()) + ")",
                            "make " + action.id() + " due after " + before.id() + ", or remove the dependency");
                }
            }
        }
        findCycles(plan, actions, findings);
    }

    /** Depth-first search; each cycle is reported once, at the dependency that closes it. */
    private static void findCycles(ResolvedPlan plan, List<Action> actions, Findings findings) {
        Map<Action, Integer> state = new IdentityHashMap<>();
        Set<String> reported = new HashSet<>();
        for (Action start : actions) {
            if (state.containsKey(start)) {
                continue;
            }
            // An explicit stack of (action, next dependency index), so that long chains cannot overflow.
            List<Action> path = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            next.add(0);
            state.put(start, 1);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                Action action = path.get(top);
                int i = next.get(top);
                if (i >= action.dependsOn().size()) {
                    state.put(action, 2);
                    path.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, i + 1);
                Ref ref = action.dependsOn().get(i);
                Action dependency = plan.action(ref);
                if (dependency == null) {
                    continue;
                }
                Integer seen = state.get(dependency);
                if (seen == null) {
                    state.put(dependency, 1);
                    path.add(dependency);
                    next.add(0);
                } else if (seen == 1) {
                    List<String> cycle = new ArrayList<>();
                    for (int j = path.indexOf(dependency); j < path.size(); j++) {
                        cycle.add(path.get(j).id());
                    }
                    cycle.add(dependency.id());
                    String key = String.join(">", new java.util.TreeSet<>(cycle));
                    if (reported.add(key)) {
                        findings.report(ref.at(), action.id(), "actions depend on each other in a circle: "
                                + String.join(" -> ", cycle), "remove one of these dependencies");
                    }
                }
            }
        }
    }
}
