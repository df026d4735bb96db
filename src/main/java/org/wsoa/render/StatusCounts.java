package org.wsoa.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.wsoa.model.ActionStatus;

/**
 * How many actions have each status, for a summary in words: "6 actions: 2 complete, 3 on track
 * and 1 at risk". Actions no progress file has given a status are counted as not reported.
 */
final class StatusCounts {

    /** The order a reader takes them in: what is done first, then what is under way, then the rest. */
    private static final List<ActionStatus> ORDER = List.of(ActionStatus.COMPLETE_AND_EMBEDDED,
            ActionStatus.COMPLETE, ActionStatus.ON_TRACK, ActionStatus.AT_RISK, ActionStatus.OFF_TRACK,
            ActionStatus.NOT_STARTED);

    /** One status and how many actions have it. */
    record Count(ActionStatus status, int count) {
        /** The status in words, starting in lower case: "on track", "not yet reported". */
        String words() {
            return status == null ? "not yet reported" : status.label().toLowerCase(java.util.Locale.ROOT);
        }

        /** The status as a class name: {@code on-track}, or {@code not-reported}. */
        String code() {
            return status == null ? "not-reported" : status.code();
        }
    }

    private final Map<ActionStatus, Integer> counts = new EnumMap<>(ActionStatus.class);
    private int unreported;
    private int total;

    void add(ActionStatus status) {
        total++;
        if (status == null) {
            unreported++;
        } else {
            counts.merge(status, 1, Integer::sum);
        }
    }

    int total() {
        return total;
    }

    /** The statuses that some action has, in reading order, those not yet reported last. */
    List<Count> counts() {
        List<Count> list = new ArrayList<>();
        for (ActionStatus status : ORDER) {
            if (counts.containsKey(status)) {
                list.add(new Count(status, counts.get(status)));
            }
        }
        if (unreported > 0) {
            list.add(new Count(null, unreported));
        }
        return list;
    }

    /** "6 actions: 2 complete, 3 on track and 1 at risk"; "1 action: on track"; "No actions". */
    String inWords() {
        return total == 0 ? "No actions" : total + (total == 1 ? " action: " : " actions: ") + breakdown();
    }

    /** "2 complete, 3 on track and 1 at risk"; "all on track"; "on track" for one action; empty for none. */
    String breakdown() {
        if (total == 1) {
            return counts().get(0).words();
        }
        List<String> parts = new ArrayList<>();
        for (Count count : counts()) {
            parts.add(count.count() == total ? "all " + count.words() : count.count() + " " + count.words());
        }
        return org.wsoa.calendar.BritishDates.and(parts);
    }
}
