package org.wsoa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wsoa.calendar.BritishDates;
import org.wsoa.init.ClosureSkeleton;
import org.wsoa.model.Destination;
import org.wsoa.model.Judgement;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Progress;
import org.wsoa.report.TerminalText;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.rules.Validation;

/**
 * {@code wsoa close --start PLAN}: checks the plan, then writes its first closure.yaml
 * ({@link ClosureSkeleton}). Only that one new file is written; an existing closure.yaml is never
 * replaced.
 */
final class ClosureStartRun {

    private final PrintWriter out;
    private final PrintWriter err;
    private final HolidaysOption holidays;

    ClosureStartRun(PrintWriter out, PrintWriter err, HolidaysOption holidays) {
        this.out = out;
        this.err = err;
        this.holidays = holidays;
    }

    int run(Path plan) {
        Path file = plan.resolve("closure.yaml");
        if (Files.exists(file)) {
            err.println("wsoa close: " + TerminalText.safe(file.toString()) + " already exists; --start only writes a"
                    + " new one: edit it, then run: " + InitCommand.launcher() + " close " + TerminalText.safe(plan.toString()));
            return Main.USAGE;
        }
        Validation validation;
        try {
            validation = new PlanOutput("close", out, err).validated(plan, null, holidays, "no closure.yaml was written");
        } catch (PlanOutput.Stopped stopped) {
            return stopped.exitCode();
        }
        ResolvedPlan resolved = validation.resolved();
        Plan before = resolved.plan();
        String name = plan.toAbsolutePath().normalize().getFileName().toString();
        ClosureSkeleton.Result result = ClosureSkeleton.write(Handovers.of(resolved, name), toNextPlan(before),
                schemaLine(plan), before.oversight() == null ? null : before.oversight().id());
        try {
            Files.writeString(file, result.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            err.println("wsoa close: " + TerminalText.safe(file.toString()) + " appeared while it was being written;"
                    + " it is left as it is");
            return Main.USAGE;
        } catch (IOException e) {
            deleteQuietly(file);
            err.println("wsoa close: " + TerminalText.safe(IoProblem.describe(e)));
            return Main.USAGE;
        }
        out.println(summary(file, resolved, result));
        int undecided = result.outstanding().size() - result.toNextPlan().size();
        out.println("Next: decide the places marked [insert ...]" + (undecided == 0 ? ""
                : result.toNextPlan().isEmpty() ? " and where each outstanding action goes"
                : " and where each of the other " + undecided + " goes") + ", then run: " + InitCommand.launcher() + " close "
                + TerminalText.safe(plan.toString()));
        return Main.OK;
    }

    private static String summary(Path file, ResolvedPlan resolved, ClosureSkeleton.Result result) {
        int outstanding = result.outstanding().size();
        String asOf = resolved.progress().asOf() == null ? "" : " as at " + BritishDates.formatShort(resolved.progress().asOf());
        String wrote = "Wrote " + TerminalText.safe(file.toString()) + ": ";
        if (outstanding == 0) {
            return wrote + "every action is complete" + asOf + ", so none is outstanding.";
        }
        String line = wrote + outstanding + (outstanding == 1 ? " action" : " actions") + " not complete" + asOf;
        int toNext = result.toNextPlan().size();
        PlanKind kind = resolved.kind();
        if (toNext == 0) {
            boolean couldRecord = kind.next() != null && kind.judgedBy().recordedInPlan()
                    && (resolved.plan().revisit() == null || resolved.plan().revisit().judgements().isEmpty());
            return line + (couldRecord ? "; plan.yaml does not record " + kind.judgedBy().theName() + "'s judgements,"
                    + " so none is sent to " + Destination.NEXT_PLAN.words(kind) + " yet" : "") + ".";
        }
        return line + ", " + (toNext == outstanding ? "all" : toNext + " of them") + " going to "
                + Destination.NEXT_PLAN.words(kind) + " with " + (toNext == 1 ? "its area" : "their areas")
                + " (the " + resolved.kind().judgedBy().name() + " found too little progress on them).";
    }

    /**
     * The areas the plan that follows takes on: those the visit found had not made sufficient progress,
     * where plan.yaml records its judgements; none where it does not, or no plan follows.
     */
    private static Set<String> toNextPlan(Plan plan) {
        Set<String> areas = new LinkedHashSet<>();
        if (plan.kind() == null || plan.kind().next() == null || plan.revisit() == null) {
            return areas;
        }
        for (Judgement judgement : plan.revisit().judgements()) {
            if (judgement.progress() == Progress.NOT_SUFFICIENT && judgement.weakness() != null) {
                areas.add(judgement.weakness().id());
            }
        }
        return areas;
    }

    /** The first line of plan.yaml, pointing editors at its schema, turned to closure.yaml's; null if it has none. */
    private static String schemaLine(Path plan) {
        try {
            List<String> lines = Files.readAllLines(plan.resolve("plan.yaml"), StandardCharsets.UTF_8);
            String first = lines.isEmpty() ? "" : lines.get(0);
            return first.startsWith("# yaml-language-server: $schema=") && first.endsWith("plan.schema.json")
                    ? first.substring(0, first.length() - "plan.schema.json".length()) + "closure.schema.json" : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The write already failed; that is the error worth reporting.
        }
    }
}
