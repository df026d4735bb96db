package org.wsoa.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.ActionStatus;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Dated;
import org.wsoa.model.Evidence;
import org.wsoa.model.EvidenceKind;
import org.wsoa.model.KpiActual;
import org.wsoa.model.OverallRating;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Ref;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.ReviewMeeting;
import org.wsoa.model.RiskReview;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Text;

/**
 * Reads one progress file: its date, then a block for each action, KPI, area of weakness and risk
 * it reports on, keyed by ID (so that people who update different ones at once do not touch the
 * same lines), and the review meetings.
 */
final class ProgressYaml {

    private final List<Diagnostic> diagnostics;
    private final EvidenceFiles evidenceFiles;

    ProgressYaml(List<Diagnostic> diagnostics, EvidenceFiles evidenceFiles) {
        this.diagnostics = diagnostics;
        this.evidenceFiles = evidenceFiles;
    }

    /**
     * @param named the date the file's name gives, used when the file does not say its date; null
     *              when the name is not a date
     */
    ProgressReport read(Node root, String file, LocalDate named) {
        SourceRef fileAt = SourceRef.file(file);
        MappingReader progress = MappingReader.of(root, fileAt, "this progress file", diagnostics);
        if (root == null) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FIELD, fileAt, "this progress file is empty",
                    "write at least `date: YYYY-MM-DD`, the date it reports as at"));
        }
        Dated date = progress.date("date", true);
        if (date == null && named != null) {
            date = new Dated(named, fileAt);
        }
        ProgressReport read = new ProgressReport(date,
                blocks(progress.mapping("actions", "the actions", false), this::action),
                blocks(progress.mapping("kpis", "the KPIs", false), this::actuals).stream().flatMap(List::stream).toList(),
                blocks(progress.mapping("areas", "the areas", false), this::area),
                blocks(progress.mapping("risks", "the risks", false), this::risk),
                progress.list("reviews", false, node -> review(progress.child(node, "a review meeting"))),
                file, progress.at());
        progress.finish();
        return read;
    }

    /** The blocks of a mapping keyed by ID, each read by {@code block} with the ID as written. */
    private static <T> List<T> blocks(MappingReader mapping, BiFunction<Ref, Node, T> block) {
        List<T> read = new ArrayList<>();
        for (Map.Entry<Node.Key, Node> entry : mapping.entries()) {
            Node.Key key = entry.getKey();
            T value = block.apply(new Ref(key.name(), key.at()), entry.getValue());
            if (value != null) {
                read.add(value);
            }
        }
        mapping.finish();
        return read;
    }

    private MappingReader block(Ref ref, Node node, String what) {
        SourceRef at = node == null ? ref.at() : node.at();
        return MappingReader.of(node, at, what, diagnostics).named(what, ref.id());
    }

    private ActionProgress action(Ref action, Node node) {
        String what = "the progress of action " + action.id();
        MappingReader block = block(action, node, what);
        ActionStatus status = block.choice("status", false, ActionStatus.values(), ActionStatus::code);
        RevisedDue revised = null;
        Node given = block.value("revised-due", false, "<mapping>");
        if (given != null && !(given instanceof Node.Mapping)) {
            // A bare date is the usual slip: say what the block holds, once, rather than also
            // reporting that nobody agreed it.
            block.wrongType("revised-due", given, "the new date with who agreed it, when and why, each on a line"
                    + " of its own under it: `date:`, `agreed-by:`, `agreed-on:`, `reason:`");
        } else if (given != null) {
            MappingReader due = block.mapping("revised-due", "the revised due date of action " + action.id(), false);
            revised = new RevisedDue(due.date("date", true), due.text("agreed-by", false), due.date("agreed-on", false),
                    due.text("reason", false), due.at());
            due.finish();
        }
        ActionProgress read = new ActionProgress(action, status, status == null ? null : block.at("status"),
                block.date("completed", false), revised, block.text("update", false),
                block.list("evidence", false, item -> evidence(block.child(item, "evidence for action " + action.id()))),
                action.at());
        block.finish();
        return read;
    }

    private Evidence evidence(MappingReader item) {
        Text title = item.text("title", true);
        if (title != null) {
            item = item.named("evidence `" + title.value().strip() + "`");
        }
        Text link = item.text("link", false);
        Text file = item.text("file", false);
        Evidence read = new Evidence(title, item.date("date", true),
                item.choice("kind", true, EvidenceKind.values(), EvidenceKind::code), link, file, item.at());
        where(item, link, file);
        item.finish();
        return read;
    }

    /** Evidence is either on the web or a file of the plan, and must be there. */
    private void where(MappingReader item, Text link, Text file) {
        String subject = item.subject();
        if (link == null && file == null) {
            diagnostics.add(Diagnostic.of(LoadCheck.MISSING_FIELD, item.at(), "the " + item.what()
                            + " says neither where it is on the web (`link`) nor which file of the plan it is (`file`)",
                    "add `link: https://...` or `file: evidence/...`").about(subject));
        } else if (link != null && file != null) {
            diagnostics.add(Diagnostic.of(LoadCheck.EVIDENCE_FILE, file.at(), "the " + item.what()
                    + " has both a `link` and a `file`", "keep one: the web page, or the file in the plan").about(subject));
        } else if (link != null) {
            String problem = EvidenceFiles.problemWithLink(link.value());
            if (problem != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.EVIDENCE_FILE, link.at(), "the link `" + link.value().strip()
                        + "` of the " + item.what() + " " + problem,
                        "write the whole address, e.g. https://www.example.gov.uk/send, or use `file:` for a file"
                                + " of the plan").about(subject));
            }
        } else {
            String problem = evidenceFiles.problemWithFile(file.value());
            if (problem != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.EVIDENCE_FILE, file.at(), "the file `" + file.value().strip()
                        + "` of the " + item.what() + " " + problem,
                        "keep evidence in the plan directory (e.g. evidence/) and give its path from there,"
                                + " or give a `link:` to where it is published").about(subject));
            }
        }
    }

    private List<KpiActual> actuals(Ref kpi, Node node) {
        MappingReader block = block(kpi, node, "the progress of KPI " + kpi.id());
        List<KpiActual> actuals = block.list("actuals", true, item -> {
            MappingReader actual = block.child(item, "an actual of KPI " + kpi.id());
            KpiActual read = new KpiActual(kpi, actual.date("date", true), actual.number("value", true),
                    actual.text("note", false), actual.at());
            actual.finish();
            return read;
        });
        block.finish();
        return actuals;
    }

    private AreaRating area(Ref weakness, Node node) {
        MappingReader block = block(weakness, node, "the progress of weakness " + weakness.id());
        AreaRating read = new AreaRating(weakness,
                block.choice("rating", true, OverallRating.values(), OverallRating::code),
                block.text("change", false), weakness.at());
        block.finish();
        return read;
    }

    private RiskReview risk(Ref risk, Node node) {
        MappingReader block = block(risk, node, "the review of risk " + risk.id());
        RiskReview read = new RiskReview(risk, block.integer("likelihood", true, 1, 5), block.integer("impact", true, 1, 5),
                block.text("note", false), risk.at());
        block.finish();
        return read;
    }

    private ReviewMeeting review(MappingReader meeting) {
        ReviewMeeting read = new ReviewMeeting(meeting.date("date", true), meeting.text("with", true),
                meeting.date("evidence-due", false), meeting.text("outcome", false), meeting.at());
        meeting.finish();
        return read;
    }
}
