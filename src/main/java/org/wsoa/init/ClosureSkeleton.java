package org.wsoa.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.Action;
import org.wsoa.model.Dated;
import org.wsoa.model.Destination;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Weakness;

/**
 * The first {@code closure.yaml} of a plan that is ending ({@code wsoa close --start}): a block for every
 * action not complete as at its latest progress file, its owner taken to be its lead until now, and,
 * for the areas the revisit found had not improved enough, the plan that follows as its destination.
 * Every other destination is left for the authors to choose (the closure check lists each until they
 * do), and the day it closed, the summary, benefits and learning are placeholders.
 */
public final class ClosureSkeleton {

    static final String CLOSED_ON = "[insert the day the plan closed]";

    /**
     * What was written.
     *
     * @param text        the file's text
     * @param outstanding the actions not complete, by ID, in plan order
     * @param toNextPlan  those sent to the plan that follows, because their area goes there
     */
    public record Result(String text, List<String> outstanding, List<String> toNextPlan) {
    }

    private ClosureSkeleton() {
    }

    /**
     * @param toNextPlan the areas (by ID) that the plan that follows takes on, as the plan records the
     *                   visit's judgements; empty when it records none
     * @param schemaLine the first line pointing editors at the schema, or null for none
     * @param oversight  the ID of the board that oversees the plan, taken as the one that agrees its closure; or null
     */
    public static Result write(Handover handover, Set<String> toNextPlan, String schemaLine, String oversight) {
        Plan plan = handover.before();
        PlanKind kind = plan.kind();
        StringBuilder out = new StringBuilder();
        if (schemaLine != null) {
            out.append(schemaLine).append('\n');
        }
        String asAt = handover.asOf() == null ? "the plan as agreed, which has no progress file"
                : "its latest progress file, " + BritishDates.formatShort(handover.asOf());
        YamlText.comment(out, "", "How the " + kind.title() + " closed, for its closure report (wsoa close)."
                + " Written by wsoa close --start from " + asAt + ": decide the places marked [insert ...] and where"
                + " each outstanding action goes, then run: wsoa validate; wsoa close.");
        out.append("date: ").append(YamlText.quoted(CLOSED_ON)).append('\n');
        if (oversight != null) {
            YamlText.comment(out, "", "The board that agreed the closure: the one that oversees the plan, unless"
                    + " another did.");
            out.append("agreed-by: ").append(YamlText.scalar(oversight)).append('\n');
        }
        out.append("summary: ").append(YamlText.quoted("[insert what the plan achieved]")).append('\n');
        out.append("benefits:\n");
        YamlText.item(out, "  ", "[insert a benefit for children, young people and families]");
        out.append("learning:\n");
        YamlText.item(out, "  ", "[insert what the partnership learnt]");
        List<String> outstanding = new ArrayList<>();
        List<String> toNext = new ArrayList<>();
        StringBuilder blocks = new StringBuilder();
        String next = Destination.NEXT_PLAN.words(kind);
        for (Weakness weakness : plan.weaknesses()) {
            for (Action action : handover.outstanding(weakness)) {
                outstanding.add(action.id());
                boolean goesOn = next != null && toNextPlan.contains(weakness.id());
                if (goesOn) {
                    toNext.add(action.id());
                }
                block(blocks, handover, action, goesOn ? next : null);
            }
        }
        if (!outstanding.isEmpty()) {
            YamlText.comment(out, "", "Each action not complete as at " + asAt + ". `destination:` is where it goes: "
                    + destinations(kind) + "; `owner:` is who sees it through from now on (its lead until now,"
                    + " unless another takes it on).");
            out.append("outstanding:\n").append(blocks);
        }
        return new Result(out.toString(), outstanding, toNext);
    }

    private static void block(StringBuilder out, Handover handover, Action action, String next) {
        out.append("  ").append(YamlText.scalar(action.id())).append(":\n");
        YamlText.comment(out, "    ", action.action().value().strip() + " " + standing(handover, action));
        if (next != null) {
            YamlText.comment(out, "    ", "Its area goes on in " + next + ".");
            out.append("    destination: ").append(Destination.NEXT_PLAN.code()).append('\n');
        } else {
            out.append("    # destination:\n");
        }
        out.append("    owner: ").append(YamlText.scalar(action.lead().id())).append('\n');
    }

    /** "(Due 31 October 2022; on track as at 30 September 2022.)", "(Termly until 31 March 2023; ...)". */
    private static String standing(Handover handover, Action action) {
        Dated revised = handover.revisedDue().get(action.id());
        Dated due = revised != null ? revised : action.due();
        String status = handover.status(action).label().toLowerCase(Locale.ROOT);
        String when = due == null ? "on no date" : BritishDates.formatShort(due.date());
        // A recurring action's due date is its last: it says how often, as the published plan does.
        String dueWords = action.recurs() && action.recurrence().every() != null
                ? capitalise(action.recurrence().every().word()) + " until " + when : "Due " + when;
        return "(" + dueWords + "; " + status
                + (handover.asOf() == null ? "" : " as at " + BritishDates.formatShort(handover.asOf())) + ".)";
    }

    private static String capitalise(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "next-plan (the Accelerated Progress Plan), send-strategy, business-as-usual or no-longer-needed". */
    private static String destinations(PlanKind kind) {
        List<String> codes = new ArrayList<>();
        for (Destination destination : Destination.values()) {
            String words = destination.words(kind);
            if (words != null) {
                codes.add(destination.isNextPlan() ? destination.code() + " (" + words + ")" : destination.code());
            }
        }
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }
}
