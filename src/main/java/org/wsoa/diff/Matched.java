package org.wsoa.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The elements of two versions of a list (organisations, people, bodies, resources) paired up: by ID,
 * or, for an element whose ID is in one version only, by its name, so that renaming an ID for the same
 * organisation or person is not a removal and an addition. Each pair gives its changes; elements in
 * the newer version only are added, in the older only removed.
 */
final class Matched<T> {

    private final List<T> before;
    private final List<T> after;
    private final Function<T, String> id;
    private final Function<T, String> name;

    Matched(List<T> before, List<T> after, Function<T, String> id, Function<T, String> name) {
        this.before = before.stream().filter(e -> id.apply(e) != null).toList();
        this.after = after.stream().filter(e -> id.apply(e) != null).toList();
        this.id = id;
        this.name = name;
    }

    /**
     * The changes, in the newer version's order, then those removed.
     *
     * @param label     what an element is called in the report: its name, from the version that has it
     * @param changed   the fields that differ between an element and its earlier self
     * @param describe  an element's main details, for its addition (true) or removal (false)
     */
    List<ElementChange> changes(Function<T, String> label, BiFunction<T, T, List<FieldChange>> changed,
                                BiFunction<T, Boolean, List<FieldChange>> describe) {
        Map<String, T> old = new LinkedHashMap<>();
        before.forEach(e -> old.putIfAbsent(id.apply(e), e));
        Map<String, T> now = new LinkedHashMap<>();
        after.forEach(e -> now.putIfAbsent(id.apply(e), e));
        List<ElementChange> changes = new ArrayList<>();
        List<T> paired = new ArrayList<>();
        for (T element : now.values()) {
            T was = old.get(id.apply(element));
            if (was == null) {
                was = byName(old, now, paired, element);
            }
            if (was == null) {
                changes.add(new ElementChange(id.apply(element), label.apply(element), ChangeKind.ADDED,
                        describe.apply(element, true)));
                continue;
            }
            paired.add(was);
            List<FieldChange> fields = changed.apply(was, element);
            if (!fields.isEmpty()) {
                changes.add(new ElementChange(id.apply(element), label.apply(element), ChangeKind.CHANGED, fields));
            }
        }
        for (T element : old.values()) {
            if (!paired.contains(element)) {
                changes.add(new ElementChange(id.apply(element), label.apply(element), ChangeKind.REMOVED,
                        describe.apply(element, false)));
            }
        }
        return changes;
    }

    /** The older element of the same name whose ID the newer version no longer has; null for none. */
    private T byName(Map<String, T> old, Map<String, T> now, List<T> paired, T element) {
        String wanted = name.apply(element);
        if (wanted == null || wanted.isEmpty()) {
            return null;
        }
        for (T candidate : old.values()) {
            if (!now.containsKey(id.apply(candidate)) && !paired.contains(candidate) && Objects.equals(wanted, name.apply(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
