package org.wsoa.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.model.Action;
import org.wsoa.model.ActionProgress;
import org.wsoa.model.AreaRating;
import org.wsoa.model.Approval;
import org.wsoa.model.Board;
import org.wsoa.model.Body;
import org.wsoa.model.Consideration;
import org.wsoa.model.FundingStream;
import org.wsoa.model.GlossaryTerm;
import org.wsoa.model.IdMentions;
import org.wsoa.model.Ids;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Monitoring;
import org.wsoa.model.Organisation;
import org.wsoa.model.OutstandingAction;
import org.wsoa.model.Person;
import org.wsoa.model.Plan;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskReview;
import org.wsoa.model.SourceRef;
import org.wsoa.model.SuccessCriterion;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;

/**
 * Checks that every ID is used once across the plan and that every reference names an element
 * of the right kind, suggesting the closest ID when one does not.
 */
final class References {

    /** What an ID can name, with where authors define it. */
    enum Kind {
        ORGANISATION("an organisation", PlanFile.PEOPLE),
        PERSON("a person", PlanFile.PEOPLE),
        BOARD("a board", PlanFile.GOVERNANCE),
        BODY("a body", PlanFile.GOVERNANCE),
        WEAKNESS("a weakness", PlanFile.WEAKNESSES),
        ACTION("an action", PlanFile.WEAKNESSES),
        KPI("a KPI", PlanFile.WEAKNESSES),
        SUCCESS_CRITERION("a success criterion", PlanFile.WEAKNESSES),
        RISK("a risk", PlanFile.RISKS),
        RESOURCE("a resource", PlanFile.RESOURCES),
        FUNDING_STREAM("a funding stream", PlanFile.RESOURCES);

        final String noun;
        final PlanFile file;

        Kind(String noun, PlanFile file) {
            this.noun = noun;
            this.file = file;
        }
    }

    private record Defined(String id, Kind kind, SourceRef at) {
    }

    /** What text can mention by ID, and the page can link to. */
    private static final Set<Kind> MENTIONABLE = EnumSet.of(Kind.WEAKNESS, Kind.ACTION, Kind.KPI,
            Kind.SUCCESS_CRITERION, Kind.RISK);

    private final List<Diagnostic> diagnostics;
    private final Map<String, Defined> ids = new HashMap<>();
    /** The IDs by {@link Ids#key}: two different IDs with one key could not be told apart in the page. */
    private final Map<String, Defined> keys = new HashMap<>();
    private final Set<PlanFile> unreadable;

    /**
     * @param unreadable files that could not be read: references to what they define are not
     *                   checked, since every one would be reported again
     */
    References(List<Diagnostic> diagnostics, Set<PlanFile> unreadable) {
        this.diagnostics = diagnostics;
        this.unreadable = unreadable;
    }

    void check(Plan plan) {
        defineAll(plan);
        for (Ref ref : plan.principalAuthorities()) {
            expect(ref, "principal authority", "plan.yaml", null, EnumSet.of(Kind.ORGANISATION));
        }
        for (Ref ref : plan.partners()) {
            expect(ref, "partner", "plan.yaml", null, EnumSet.of(Kind.ORGANISATION));
        }
        for (Approval approval : plan.approvals()) {
            expect(approval.board(), "`board`", "an approval", null, EnumSet.of(Kind.BOARD, Kind.BODY));
            expect(approval.by(), "`by`", "an approval", null, EnumSet.of(Kind.PERSON));
        }
        for (Consideration consideration : plan.consideredBy()) {
            expect(consideration.board(), "`board`", "a body that considered the plan", null,
                    EnumSet.of(Kind.BOARD, Kind.BODY));
        }
        for (Organisation organisation : plan.organisations()) {
            if (organisation.succeededBy() != null) {
                expect(organisation.succeededBy().by(), "`succeeded-by`", "organisation " + organisation.id(),
                        organisation.id(), EnumSet.of(Kind.ORGANISATION));
            }
        }
        if (plan.contact() != null) {
            expect(plan.contact().person(), "contact", "plan.yaml", null, EnumSet.of(Kind.PERSON));
        }
        for (Person person : plan.people()) {
            expect(person.organisation(), "organisation", "person " + person.id(), person.id(), EnumSet.of(Kind.ORGANISATION));
        }
        expect(plan.oversight(), "oversight", "governance.yaml", null, EnumSet.of(Kind.BOARD));
        for (Board board : plan.boards()) {
            String of = "board " + board.id();
            expect(board.chair(), "chair", of, board.id(), EnumSet.of(Kind.PERSON));
            expect(board.reportsTo(), "reports-to", of, board.id(), EnumSet.of(Kind.BOARD, Kind.BODY));
            for (Ref member : board.members()) {
                expect(member, "member", of, board.id(), EnumSet.of(Kind.PERSON, Kind.ORGANISATION));
            }
        }
        for (Body body : plan.bodies()) {
            expect(body.organisation(), "organisation", "body " + body.id(), body.id(), EnumSet.of(Kind.ORGANISATION));
        }
        for (Monitoring line : plan.monitoring()) {
            for (Ref to : line.to()) {
                expect(to, "`to`", "the monitoring schedule", null, EnumSet.of(Kind.BOARD, Kind.BODY, Kind.ORGANISATION));
            }
            expect(line.by(), "`by`", "the monitoring schedule", null, EnumSet.of(Kind.PERSON));
        }
        if (plan.coProduction() != null) {
            for (Ref ref : plan.coProduction().with()) {
                expect(ref, "`with`", "the co-production", null, EnumSet.of(Kind.ORGANISATION));
            }
        }
        for (Weakness weakness : plan.weaknesses()) {
            String area = "weakness " + weakness.id();
            expect(weakness.lead(), "lead", area, weakness.id(), EnumSet.of(Kind.PERSON));
            expect(weakness.board(), "board", area, weakness.id(), EnumSet.of(Kind.BOARD));
            for (Action action : weakness.actions()) {
                String of = "action " + action.id();
                expect(action.lead(), "lead", of, action.id(), EnumSet.of(Kind.PERSON));
                for (Ref partner : action.partners()) {
                    expect(partner, "partner", of, action.id(), EnumSet.of(Kind.ORGANISATION));
                }
                for (Ref dependency : action.dependsOn()) {
                    expect(dependency, "depends-on", of, action.id(), EnumSet.of(Kind.ACTION));
                }
            }
            for (Kpi kpi : weakness.kpis()) {
                expect(kpi.owner(), "owner", "KPI " + kpi.id(), kpi.id(), EnumSet.of(Kind.PERSON));
            }
        }
        for (Risk risk : plan.risks()) {
            expect(risk.owner(), "owner", "risk " + risk.id(), risk.id(), EnumSet.of(Kind.PERSON));
        }
        plan.progress().forEach(this::checkProgress);
        checkMentions(plan);
        if (plan.closure() != null) {
            expect(plan.closure().agreedBy(), "agreed-by", "closure.yaml", null, EnumSet.of(Kind.BOARD));
            for (OutstandingAction outstanding : plan.closure().outstanding()) {
                String id = outstanding.action().id();
                expect(outstanding.action(), under(outstanding.action(), "outstanding"), id, EnumSet.of(Kind.ACTION));
                expect(outstanding.owner(), "owner", "the outstanding action " + id + " in closure.yaml", id,
                        EnumSet.of(Kind.PERSON));
            }
        }
        if (plan.resources() != null) {
            for (ResourceItem item : plan.resources().items()) {
                expect(item.funder(), "funder", "resource " + item.id(), item.id(),
                        EnumSet.of(Kind.ORGANISATION, Kind.FUNDING_STREAM));
            }
        }
    }

    private void defineAll(Plan plan) {
        for (Organisation org : plan.organisations()) {
            define(org.id(), Kind.ORGANISATION, org.at());
        }
        for (Person person : plan.people()) {
            define(person.id(), Kind.PERSON, person.at());
        }
        for (Board board : plan.boards()) {
            define(board.id(), Kind.BOARD, board.at());
        }
        for (Body body : plan.bodies()) {
            define(body.id(), Kind.BODY, body.at());
        }
        for (Weakness weakness : plan.weaknesses()) {
            define(weakness.id(), Kind.WEAKNESS, weakness.at());
            for (SuccessCriterion criterion : weakness.successCriteria()) {
                define(criterion.id(), Kind.SUCCESS_CRITERION, criterion.at());
            }
            for (Kpi kpi : weakness.kpis()) {
                define(kpi.id(), Kind.KPI, kpi.at());
            }
            for (Action action : weakness.actions()) {
                define(action.id(), Kind.ACTION, action.at());
            }
        }
        for (Risk risk : plan.risks()) {
            define(risk.id(), Kind.RISK, risk.at());
        }
        if (plan.resources() != null) {
            for (FundingStream stream : plan.resources().fundingStreams()) {
                define(stream.id(), Kind.FUNDING_STREAM, stream.at());
            }
            for (ResourceItem item : plan.resources().items()) {
                define(item.id(), Kind.RESOURCE, item.at());
            }
        }
        Map<String, SourceRef> terms = new HashMap<>();
        for (GlossaryTerm term : plan.glossary()) {
            if (term.term() == null) {
                continue;
            }
            SourceRef first = terms.putIfAbsent(term.term(), term.at());
            if (first != null) {
                diagnostics.add(Diagnostic.of(LoadCheck.DUPLICATE_ID, term.at(),
                        "the glossary defines `" + Excerpt.of(term.term()) + "` twice (first at " + first + ")",
                        "keep one definition").about(term.term()));
            }
        }
    }

    private void define(String id, Kind kind, SourceRef at) {
        if (id == null) {
            return;
        }
        Defined defined = new Defined(id, kind, at);
        Defined first = ids.putIfAbsent(id, defined);
        if (first != null) {
            diagnostics.add(Diagnostic.of(LoadCheck.DUPLICATE_ID, at,
                    "the ID `" + id + "` is used twice: it already names " + first.kind().noun + " at " + first.at(),
                    "IDs are unique across the whole plan; give this one another ID").about(id));
            return;
        }
        Defined alike = keys.putIfAbsent(Ids.key(id), defined);
        if (alike != null) {
            diagnostics.add(Diagnostic.of(LoadCheck.DUPLICATE_ID, at, "the ID `" + id + "` cannot be told apart from `"
                    + alike.id() + "`, which names " + alike.kind().noun + " at " + alike.at()
                    + ": the two differ only in capitals, punctuation or how a character is encoded",
                    "they would share one link in the published plan; give this one another ID").about(id));
        }
    }

    private void expect(Ref ref, String field, String of, String subject, Set<Kind> kinds) {
        // The message's name for the reference is made only when there is a finding: a plan has hundreds.
        if (ref != null && !resolves(ref, kinds)) {
            expect(ref, field + " `" + Excerpt.of(ref.id()) + "` of " + of, subject, kinds);
        }
    }

    /**
     * Whether {@code ref} names an element of one of {@code kinds}, or cannot be checked because a
     * file that defines such elements could not be read (reported already).
     */
    private boolean resolves(Ref ref, Set<Kind> kinds) {
        for (Kind kind : kinds) {
            if (unreadable.contains(kind.file)) {
                return true;
            }
        }
        Defined defined = ids.get(ref.id());
        return defined != null && kinds.contains(defined.kind());
    }

    /** {@code named} is how the message names the reference: "lead `amorgn` of action W1.1". */
    private void expect(Ref ref, String named, String subject, Set<Kind> kinds) {
        if (ref == null || resolves(ref, kinds)) {
            return;
        }
        Defined defined = ids.get(ref.id());
        String wanted = nouns(kinds);
        if (defined != null) {
            diagnostics.add(Diagnostic.of(LoadCheck.UNKNOWN_REFERENCE, ref.at(),
                    named + " is " + defined.kind().noun + ", but it must be " + wanted,
                    hint(kinds)).about(subject));
            return;
        }
        List<String> candidates = new ArrayList<>();
        ids.forEach((id, d) -> {
            if (kinds.contains(d.kind())) {
                candidates.add(id);
            }
        });
        candidates.sort(null);
        diagnostics.add(Diagnostic.of(LoadCheck.UNKNOWN_REFERENCE, ref.at(),
                named + " is not " + wanted + " in the plan" + Suggestions.didYouMean(ref.id(), candidates),
                hint(kinds)).about(subject));
    }

    /**
     * IDs mentioned in the text, "(K1.2)" or "action W2.7", name elements of the plan: what
     * {@link IdMentions} finds there with the letters of a plan's ID must be one.
     */
    private void checkMentions(Plan plan) {
        if (unreadable.contains(PlanFile.WEAKNESSES)) {
            return; // the IDs it defines are unknown, so every mention would be reported
        }
        Set<String> prefixes = new HashSet<>();
        ids.forEach((id, defined) -> {
            if (MENTIONABLE.contains(defined.kind())) {
                String prefix = IdMentions.prefix(id);
                if (!prefix.isEmpty()) {
                    prefixes.add(prefix);
                }
            }
        });
        // Where a text is ("action W1.2") is named in two parts, put together only for a finding.
        mentions(plan.introduction(), "introduction.md", null, null, prefixes);
        mentions(plan.statementOfIntent(), "statement-of-intent.md", null, null, prefixes);
        for (Weakness weakness : plan.weaknesses()) {
            mentions(weakness.finding(), "the finding of weakness ", weakness.id(), weakness.id(), prefixes);
            mentions(weakness.intent(), "the intent of weakness ", weakness.id(), weakness.id(), prefixes);
            for (SuccessCriterion criterion : weakness.successCriteria()) {
                mentions(criterion.text(), "success criterion ", criterion.id(), criterion.id(), prefixes);
            }
            for (Action action : weakness.actions()) {
                if (action.carriedFrom() != null) {
                    continue; // its words are the plan before's, and name that plan's elements
                }
                mentions(action.action(), "action ", action.id(), action.id(), prefixes);
                mentions(action.impact(), "the impact of action ", action.id(), action.id(), prefixes);
            }
        }
        for (Risk risk : plan.risks()) {
            mentions(risk.risk(), "risk ", risk.id(), risk.id(), prefixes);
            mentions(risk.mitigation(), "the mitigation of risk ", risk.id(), risk.id(), prefixes);
        }
    }

    /** {@code where} and {@code whereId} (if not null) name the text in a finding: "action " and "W1.2". */
    private void mentions(Text text, String where, String whereId, String subject, Set<String> prefixes) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (IdMentions.Mention mention : IdMentions.in(text.value(), prefixes)) {
            Defined defined = ids.get(mention.id());
            if (defined != null && MENTIONABLE.contains(defined.kind())) {
                continue;
            }
            String prefix = IdMentions.prefix(mention.id());
            List<String> candidates = new ArrayList<>();
            ids.forEach((id, d) -> {
                if (MENTIONABLE.contains(d.kind()) && IdMentions.prefix(id).equals(prefix)) {
                    candidates.add(id);
                }
            });
            candidates.sort(null);
            diagnostics.add(Diagnostic.of(LoadCheck.UNKNOWN_REFERENCE, text.at(), "`" + mention.id() + "` in " + where
                    + (whereId == null ? "" : whereId) + " is not an area, action, KPI, success criterion or risk of the plan"
                    + Suggestions.didYouMean(mention.id(), candidates),
                    "write the ID of an element of the plan; a word that only looks like an ID can be kept as written"
                            + " with a backslash before it (\\W8)").about(subject));
        }
    }

    /** Each block of a progress file names the action, KPI, area or risk it reports on. */
    private void checkProgress(ProgressReport report) {
        for (ActionProgress action : report.actions()) {
            expect(action.action(), under(action.action(), "actions"), action.action().id(), EnumSet.of(Kind.ACTION));
        }
        Set<String> kpis = new HashSet<>();
        for (KpiActual actual : report.actuals()) {
            if (kpis.add(actual.kpi().id())) {
                expect(actual.kpi(), under(actual.kpi(), "kpis"), actual.kpi().id(), EnumSet.of(Kind.KPI));
            }
        }
        for (AreaRating area : report.areas()) {
            expect(area.weakness(), under(area.weakness(), "areas"), area.weakness().id(), EnumSet.of(Kind.WEAKNESS));
        }
        for (RiskReview risk : report.risks()) {
            expect(risk.risk(), under(risk.risk(), "risks"), risk.risk().id(), EnumSet.of(Kind.RISK));
        }
    }

    private static String under(Ref ref, String key) {
        return "`" + ref.id() + "` under `" + key + ":`";
    }

    private static String nouns(Set<Kind> kinds) {
        List<String> nouns = kinds.stream().map(k -> k.noun).toList();
        return String.join(" or ", nouns);
    }

    /** "use the ID of an organisation (people.yaml) or a funding stream (resources.yaml)" where the files differ. */
    private static String hint(Set<Kind> kinds) {
        Set<PlanFile> files = EnumSet.noneOf(PlanFile.class);
        kinds.forEach(kind -> files.add(kind.file));
        if (files.size() > 1) {
            return "use the ID of " + String.join(" or ", kinds.stream().map(k -> k.noun + " (" + k.file.fileName() + ")")
                    .toList());
        }
        return "use the ID of " + nouns(kinds) + " defined in " + kinds.iterator().next().file.fileName();
    }
}
