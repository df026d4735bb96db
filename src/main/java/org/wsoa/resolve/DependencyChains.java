package org.wsoa.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wsoa.model.Action;
import org.wsoa.model.Ref;

/**
 * The longest chain of actions in which each depends on the one before, found in one pass over the
 * dependencies without recursion, so that a chain thousands long can neither overflow the stack nor
 * take quadratic time. A dependency that closes a circle adds nothing (the {@code dependencies} rule
 * reports the circle).
 *
 * @param longest how many actions the longest chain holds; 0 without actions
 * @param end     the action at the end of it, or null
 */
record DependencyChains(int longest, Action end) {

    static DependencyChains of(List<Action> actions, Function<Ref, Action> resolve) {
        Map<Action, Integer> length = new IdentityHashMap<>();
        Map<Action, Boolean> open = new IdentityHashMap<>();
        int longest = 0;
        Action end = null;
        for (Action start : actions) {
            if (length.containsKey(start)) {
                continue;
            }
            // Each frame is an action and the index of the next dependency to look at.
            Deque<int[]> next = new ArrayDeque<>();
            Deque<Action> path = new ArrayDeque<>();
            path.push(start);
            next.push(new int[] {0});
            open.put(start, true);
            while (!path.isEmpty()) {
                Action action = path.peek();
                int[] index = next.peek();
                if (index[0] < action.dependsOn().size()) {
                    Action dependency = resolve.apply(action.dependsOn().get(index[0]++));
                    if (dependency != null && !length.containsKey(dependency) && !open.containsKey(dependency)) {
                        path.push(dependency);
                        next.push(new int[] {0});
                        open.put(dependency, true);
                    }
                    continue;
                }
                int own = 1;
                for (Ref ref : action.dependsOn()) {
                    Action dependency = resolve.apply(ref);
                    Integer before = dependency == null ? null : length.get(dependency);
                    if (before != null) {
                        own = Math.max(own, before + 1);
                    }
                }
                length.put(action, own);
                open.remove(action);
                if (own > longest) {
                    longest = own;
                    end = action;
                }
                path.pop();
                next.pop();
            }
        }
        return new DependencyChains(longest, end);
    }
}
