package org.wsoa.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.model.Action;
import org.wsoa.model.Plan;
import org.wsoa.model.PlanKind;
import org.wsoa.model.Weakness;

/**
 * Starts the plan that follows another once the visit that judged it (a Written Statement of
 * Action's revisit, a Priority Action Plan's monitoring inspection) has found too little progress on
 * some of its areas: the next kind's plan.yaml with that visit's judgements and the plan's contact, the
 * people, organisations, governance and glossary as they were, the council's own risk matrix and the
 * funding streams ({@link CarriedRegisters}), and a file for each area judged not to have
 * made sufficient progress, with its unfinished actions carried forward and each KPI's latest actual
 * as its new baseline. The plan before is only read. Like {@link PlanSkeleton}, the new plan is
 * written all at once or not at all, and validates with warnings for what the authors must decide.
 */
public final class NextPlan {

    /** The files copied as they are: who is who, and how the plan is governed, do not change with the plan. */
    private static final List<String> COPIED = List.of("people.yaml", "governance.yaml", "glossary.yaml");

    /**
     * What was written.
     *
     * @param kind        the new plan's kind
     * @param files       the files, relative to the new plan's directory
     * @param areas       the areas carried forward, by ID
     * @param carried     how many actions were carried forward
     * @param baselines   how many KPIs took their latest actual as the new baseline
     * @param leftBehind  the actions, not complete, of areas the visit judged sufficient: the plan
     *                    before's closure report says where they go
     */
    public record Result(PlanKind kind, List<String> files, List<String> areas, int carried, int baselines,
                         List<String> leftBehind) {
    }

    private NextPlan() {
    }

    /**
     * Writes the plan that follows {@code handover.before()} to {@code dir}, which must not exist yet
     * (or be empty).
     *
     * @param due the date set or agreed for the new plan, or null while it is not known
     * @throws IOException if a file of the plan before cannot be read, or {@code dir} cannot be written
     */
    public static Result write(Path dir, Handover handover, FollowUpReport report, LocalDate due) throws IOException {
        Plan before = handover.before();
        PlanKind next = before.kind().next();
        String visit = before.kind().judgedBy().theName();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("plan.yaml", new NextPlanYaml(handover, report, due).write());
        Path from = Path.of(before.directory());
        for (String name : COPIED) {
            String text = copy(from.resolve(name), name);
            if (text != null) {
                files.put(name, text);
            }
        }
        List<String> areas = new ArrayList<>();
        int carried = 0;
        int baselines = 0;
        CarriedWeakness writer = new CarriedWeakness(handover, visit);
        List<String> leftBehind = new ArrayList<>();
        for (Weakness weakness : before.weaknesses()) {
            FollowUpReport.Judged judged = report.judgementOn(weakness.id());
            if (judged != null && !judged.sufficient()) {
                files.put("weaknesses/" + Path.of(weakness.file()).getFileName(), writer.write(weakness));
                areas.add(weakness.id());
                carried += handover.outstanding(weakness).size();
                baselines += (int) weakness.kpis().stream().filter(k -> handover.latest().containsKey(k.id())).count();
            } else {
                handover.outstanding(weakness).stream().map(Action::id).forEach(leftBehind::add);
            }
        }
        CarriedRegisters registers = new CarriedRegisters(before, handover.name());
        if (registers.risks() != null) {
            files.put("risks.yaml", registers.risks());
        }
        if (registers.resources() != null) {
            files.put("resources.yaml", registers.resources());
        }
        files.put("introduction.md", "[insert an introduction: why this plan follows the " + before.kind().title()
                + ", what " + visit + " found, and how this plan was written with families.]\n");
        files.put("statement-of-intent.md", "[insert a statement of intent, signed by the leaders of the"
                + " partnership.]\n");
        return new Result(next, NewPlanDirectory.write(dir, files), areas, carried, baselines, leftBehind);
    }

    /**
     * A file of the plan before, its first line pointing editors at the schema in the new plan's
     * {@code .schema/}; null when the plan before has no such file (the glossary is optional).
     */
    private static String copy(Path file, String name) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        String schemaLine = "# yaml-language-server: $schema=.schema/" + name.replace(".yaml", ".schema.json");
        if (text.startsWith("# yaml-language-server:")) {
            int end = text.indexOf('\n');
            return schemaLine + (end < 0 ? "\n" : text.substring(end));
        }
        return schemaLine + "\n" + text;
    }
}
