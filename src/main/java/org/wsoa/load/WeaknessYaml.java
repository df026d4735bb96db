package org.wsoa.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.model.Action;
import org.wsoa.model.Contribution;
import org.wsoa.model.Dated;
import org.wsoa.model.Direction;
import org.wsoa.model.Frequency;
import org.wsoa.model.Kpi;
import org.wsoa.model.Measure;
import org.wsoa.model.OrganisationType;
import org.wsoa.model.Recurrence;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;
import org.wsoa.model.SuccessCriterion;
import org.wsoa.model.Text;
import org.wsoa.model.Undecided;
import org.wsoa.model.Weakness;

/** Reads one file under {@code weaknesses/}: an area of weakness with its KPIs and actions. */
final class WeaknessYaml {

    /** The partner types whose contribution an APP records, as authors write them. */
    private static final List<OrganisationType> CONTRIBUTORS = java.util.Arrays.stream(OrganisationType.values())
            .filter(type -> type.contributor() != null).toList();

    private final List<Diagnostic> diagnostics;

    WeaknessYaml(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Weakness read(Node root, String file) {
        SourceRef fileAt = SourceRef.file(file);
        if (root == null) {
            // Its one finding: no check reports what an empty file lacks (an ID, actions) as well.
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FIELD, fileAt, "this weakness file is empty",
                    "copy the layout of another file under weaknesses/"));
            return null;
        }
        List<Undecided> undecided = new ArrayList<>();
        MappingReader weakness = MappingReader.allowingPlaceholders(root, fileAt, "this weakness", diagnostics,
                undecided);
        String id = weakness.elementId("id", true);
        weakness = weakness.named(id == null ? "this weakness" : "weakness " + id, id);
        MappingReader w = weakness;
        Weakness read = new Weakness(
                id,
                w.text("title", true),
                w.text("finding", true),
                w.text("intent", false),
                w.list("success-criteria", false, node -> successCriterion(node, w)),
                w.list("kpis", false, node -> kpi(node, w)),
                w.texts("qualitative-evidence"),
                contributions(w.mapping("contributions", "the contributions to " + w.what(), false), w.what()),
                w.list("actions", false, node -> action(node, w)),
                w.ref("lead", false),
                w.ref("board", false),
                undecided,
                file,
                w.at());
        w.finish();
        return read;
    }

    private SuccessCriterion successCriterion(Node node, MappingReader weakness) {
        if (node instanceof Node.Scalar s && !s.isNull()) {
            return new SuccessCriterion(null, new Text(s.text(), s.at()), s.at());
        }
        // Until it has an ID, an element is named by the weakness it is in, which its findings are about.
        String unnamed = "a success criterion of " + weakness.what();
        MappingReader criterion = weakness.child(node, unnamed);
        String id = criterion.elementId("id", false);
        criterion = criterion.named(id == null ? unnamed : "success criterion " + id, id);
        SuccessCriterion read = new SuccessCriterion(id, criterion.text("text", true), criterion.at());
        criterion.finish();
        return read;
    }

    private Kpi kpi(Node node, MappingReader weakness) {
        String unnamed = "a KPI of " + weakness.what();
        MappingReader kpi = weakness.child(node, unnamed);
        String id = kpi.elementId("id", true);
        MappingReader k = kpi.named(id == null ? unnamed : "KPI " + id, id);
        Kpi read = new Kpi(
                id,
                k.text("name", true),
                k.text("unit", false),
                k.choice("direction", true, Direction.values(), Direction::code),
                measure(k, "baseline"),
                measure(k, "target"),
                k.list("trajectory", false, point -> measure(k.child(point,
                        "a trajectory point of " + k.what()))),
                k.text("frequency", false),
                k.text("source", false),
                k.ref("owner", false),
                k.at());
        k.finish();
        return read;
    }

    private Measure measure(MappingReader kpi, String key) {
        if (!kpi.has(key)) {
            return null;
        }
        return measure(kpi.mapping(key, "the " + key + " of " + kpi.what(), false));
    }

    private Measure measure(MappingReader measure) {
        Measure read = new Measure(measure.number("value", true), measure.date("date", true), measure.at());
        measure.finish();
        return read;
    }

    /** The contributions to {@code weakness} ("weakness W1"), by partner type. */
    private List<Contribution> contributions(MappingReader contributions, String weakness) {
        List<Contribution> read = new ArrayList<>();
        List<String> codes = CONTRIBUTORS.stream().map(OrganisationType::code).toList();
        for (Map.Entry<Node.Key, Node> entry : contributions.entries()) {
            Node.Key key = entry.getKey();
            OrganisationType type = CONTRIBUTORS.stream().filter(t -> t.code().equals(key.name())).findFirst()
                    .orElse(null);
            if (type == null) {
                diagnostics.add(Diagnostic.of(LoadCheck.UNKNOWN_KEY, key.at(),
                        "unknown partner type `" + Excerpt.of(key.name()) + "` in " + contributions.what()
                                + Suggestions.didYouMean(key.name(), codes),
                        "the partner types are: " + String.join(", ", codes)).about(contributions.subject()));
                continue;
            }
            Node value = entry.getValue();
            if (value instanceof Node.Scalar s && !s.isNull()) {
                read.add(new Contribution(type, new Text(s.text(), s.at()), key.at()));
            } else if (value != null && !(value instanceof Node.Scalar)) {
                diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, value.at(),
                        "the contribution of `" + Excerpt.of(key.name()) + "` to " + weakness
                                + " should be text, but it is " + value.describe(), null)
                        .about(contributions.subject()));
            }
        }
        contributions.finish();
        return read;
    }

    private Action action(Node node, MappingReader weakness) {
        String unnamed = "an action of " + weakness.what();
        MappingReader action = weakness.child(node, unnamed);
        String id = action.elementId("id", true);
        MappingReader a = action.named(id == null ? unnamed : "action " + id, id);
        Text text = a.text("action", true);
        Ref lead = a.ref("lead", true);
        List<Ref> partners = a.refs("partners");
        Dated start = a.date("start", false);
        Dated due = a.date("due", false);
        Recurrence recurrence = recurrence(a);
        if (recurrence == null && !a.has("due")) {
            a.date("due", true); // reports it missing: an action done once needs it
        }
        // A recurring action's due date is its last: `until`, unless `due` is written too (reported).
        if (due == null && recurrence != null) {
            due = recurrence.until();
        }
        Action read = new Action(
                id,
                text,
                lead,
                partners,
                start,
                due,
                a.refs("depends-on"),
                a.text("impact", false),
                Boolean.TRUE.equals(a.bool("done-before-plan", false)),
                a.id("carried-from", false),
                recurrence,
                a.at());
        a.moved("status", "an action's status is recorded, with the date it applies to, in a progress file,"
                + " progress/YYYY-MM-DD.yaml", "move it to the progress file of the date it was true, under `actions:` and"
                + " `" + (id == null ? "<ID>" : id) + ":`; docs/plan-format.md shows how");
        a.finish();
        return read;
    }

    /** {@code recurs:} and {@code until:}; null for a one-off action, which has neither. */
    private static Recurrence recurrence(MappingReader a) {
        boolean recurs = a.has("recurs");
        if (!recurs && !a.has("until")) {
            return null;
        }
        Frequency every = recurs ? a.choice("recurs", false, Frequency.values(), Frequency::word) : null;
        return new Recurrence(recurs, every, a.date("until", recurs), a.has("due"), a.keyAt(recurs ? "recurs" : "until"));
    }
}
