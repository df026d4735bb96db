package org.wsoa.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wsoa.calendar.BritishDates;
import org.wsoa.model.DateRange;
import org.wsoa.model.FollowUpVisit;
import org.wsoa.model.Judgement;
import org.wsoa.model.Plan;
import org.wsoa.model.Progress;
import org.wsoa.model.Revisit;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;

/**
 * The report of the visit that judged a plan (its revisit, or its monitoring inspection): when the
 * area received it, and its judgement on each of the plan's areas. It comes from the plan's own
 * {@code revisit:} where plan.yaml records it, else from what the author gives {@code wsoa init};
 * an option never contradicts what plan.yaml records.
 *
 * @param visit     the visit's days as plan.yaml records them, or null
 * @param received  the day the area received the report
 * @param published the day it was published, or null
 */
public record FollowUpReport(DateRange visit, LocalDate received, LocalDate published, List<Judged> judgements) {

    /**
     * The judgement on one area.
     *
     * @param title   the area as the report words it, or null (the plan's title for it is used)
     * @param summary what the report says of it, or null
     */
    public record Judged(String weakness, boolean sufficient, String title, String summary) {
    }

    public FollowUpReport {
        judgements = List.copyOf(judgements);
    }

    /** What the author gave that cannot be used, said in one line. */
    public static final class BadJudgementsException extends Exception {
        BadJudgementsException(String message) {
            super(message);
        }
    }

    /**
     * The report on {@code before}: as its plan.yaml records it, with the options filling in what it
     * does not say; or, where it records none, from the options alone.
     *
     * @param notSufficient the IDs given with {@code --not-sufficient}, or empty
     * @param received      the date given with {@code --received}, or null
     * @param name          the plan directory's name, for messages
     */
    public static FollowUpReport of(Plan before, List<String> notSufficient, LocalDate received, String name)
            throws BadJudgementsException {
        FollowUpVisit visit = before.kind().judgedBy();
        Revisit recorded = visit.recordedInPlan() ? before.revisit() : null;
        if (recorded != null && !recorded.judgements().isEmpty()) {
            return fromPlan(recorded, notSufficient, received, name, visit);
        }
        List<String> ids = before.weaknesses().stream().map(Weakness::id).filter(id -> id != null).toList();
        if (notSufficient.isEmpty()) {
            // The example names the plan's own areas: a Priority Action Plan's are P1, I1..., not W1.
            throw new BadJudgementsException(name + " does not record " + visit.theName() + "'s judgements: give the"
                    + " areas it found had not made sufficient progress with --not-sufficient"
                    + (ids.isEmpty() ? "" : " (its areas are " + String.join(", ", ids) + ")")
                    + (received == null ? " and the day the area received its report with --received" : "")
                    + ", e.g. --not-sufficient " + example(ids) + (received == null ? " --received YYYY-MM-DD" : ""));
        }
        if (received == null) {
            throw new BadJudgementsException("give the day the area received " + visit.theName() + "'s report with"
                    + " --received YYYY-MM-DD");
        }
        Set<String> wanted = new LinkedHashSet<>(notSufficient);
        for (String id : wanted) {
            if (!ids.contains(id)) {
                throw new BadJudgementsException("--not-sufficient names " + id + ", which is not an area of " + name
                        + "; its areas are " + String.join(", ", ids));
            }
        }
        List<Judged> judged = new ArrayList<>();
        for (Weakness weakness : before.weaknesses()) {
            judged.add(new Judged(weakness.id(), !wanted.contains(weakness.id()), null, null));
        }
        return new FollowUpReport(null, received, null, judged);
    }

    /** Two of the plan's areas, as an example of --not-sufficient's value: its second and fourth, or fewer. */
    private static String example(List<String> ids) {
        if (ids.size() >= 4) {
            return ids.get(1) + "," + ids.get(3);
        }
        return ids.isEmpty() ? "W2,W4" : ids.size() == 1 ? ids.get(0) : ids.get(0) + "," + ids.get(1);
    }

    private static FollowUpReport fromPlan(Revisit recorded, List<String> notSufficient, LocalDate received,
                                           String name, FollowUpVisit visit) throws BadJudgementsException {
        List<Judged> judged = new ArrayList<>();
        List<String> recordedNotSufficient = new ArrayList<>();
        for (Judgement judgement : recorded.judgements()) {
            boolean sufficient = judgement.progress() == Progress.SUFFICIENT;
            judged.add(new Judged(judgement.weakness().id(), sufficient, text(judgement.title()),
                    text(judgement.summary())));
            if (!sufficient) {
                recordedNotSufficient.add(judgement.weakness().id());
            }
        }
        if (!notSufficient.isEmpty() && !new LinkedHashSet<>(notSufficient).equals(new LinkedHashSet<>(recordedNotSufficient))) {
            throw new BadJudgementsException(name + "/plan.yaml records " + visit.theName() + "'s judgements, which find"
                    + " insufficient progress on " + (recordedNotSufficient.isEmpty() ? "no area"
                    : String.join(", ", recordedNotSufficient)) + "; leave out --not-sufficient, or correct plan.yaml");
        }
        LocalDate recordedReceived = recorded.inspection().reportReceived() == null ? null
                : recorded.inspection().reportReceived().date();
        if (received != null && recordedReceived != null && !received.equals(recordedReceived)) {
            throw new BadJudgementsException(name + "/plan.yaml records that the area received " + visit.theName()
                    + "'s report on " + BritishDates.format(recordedReceived) + "; leave out --received, or correct"
                    + " plan.yaml");
        }
        LocalDate receivedOn = recordedReceived != null ? recordedReceived : received;
        if (receivedOn == null) {
            throw new BadJudgementsException(name + "/plan.yaml does not say when the area received " + visit.theName()
                    + "'s report: give it with --received YYYY-MM-DD, or add `report-received:` under `revisit:`");
        }
        return new FollowUpReport(recorded.inspection().visit(), receivedOn,
                recorded.inspection().reportPublished() == null ? null : recorded.inspection().reportPublished().date(),
                judged);
    }

    private static String text(Text text) {
        return text == null || text.isBlank() ? null : text.value();
    }

    /** The judgement on the area with this ID, or null. */
    public Judged judgementOn(String weakness) {
        return judgements.stream().filter(j -> j.weakness().equals(weakness)).findFirst().orElse(null);
    }

    /** The areas judged not to have made sufficient progress, in the report's order. */
    public List<String> notSufficient() {
        return judgements.stream().filter(j -> !j.sufficient()).map(Judged::weakness).toList();
    }
}
