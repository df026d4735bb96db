package org.wsoa.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wsoa.model.Action;
import org.wsoa.model.Amount;
import org.wsoa.model.Dated;
import org.wsoa.model.FundingStream;
import org.wsoa.model.Kpi;
import org.wsoa.model.KpiActual;
import org.wsoa.model.Organisation;
import org.wsoa.model.Person;
import org.wsoa.model.ProgressReport;
import org.wsoa.model.Ref;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Resources;
import org.wsoa.model.RevisedDue;
import org.wsoa.model.Risk;
import org.wsoa.model.RiskMatrix;
import org.wsoa.model.RiskReview;
import org.wsoa.model.RiskScore;
import org.wsoa.model.Text;
import org.wsoa.model.Weakness;
import org.wsoa.resolve.ActionState;
import org.wsoa.resolve.KpiState;
import org.wsoa.resolve.PlanProgress;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.TrajectoryStanding;

/**
 * The plan as at its reporting point as four flat tables, for the dashboards councils keep in
 * Excel and Power BI: every action with its latest status and dates, every KPI actual against the
 * trajectory, every risk with its latest scores and their ratings on the plan's matrix, and every
 * resource's cost by year (or that it is not yet costed). docs/schema/export.schema.json describes each
 * column; CSV and JSON have the same columns.
 */
public final class ExportTables {

    /** The columns of the actions table, in order. */
    static final List<String> ACTION_COLUMNS = List.of("id", "weakness", "weaknessTitle", "action", "leadId",
            "leadName", "leadOrganisation", "start", "originalDue", "revisedDue", "revisedDueAgreedBy",
            "revisedDueAgreedOn", "currentDue", "status", "statusLabel", "statusDate", "completed", "overdue",
            "lastReported", "update", "recurs", "until", "leadOrganisationShortName", "leadEmail", "leadPhone");
    /** The columns of the KPI actuals table, in order: one row per actual. */
    static final List<String> ACTUAL_COLUMNS = List.of("kpi", "kpiName", "weakness", "unit", "direction", "date",
            "value", "expected", "standing", "note", "baseline", "baselineDate", "target", "targetDate");
    /** The columns of the risks table, in order. */
    static final List<String> RISK_COLUMNS = List.of("id", "risk", "ownerName", "likelihood", "impact", "score",
            "rating", "currentLikelihood", "currentImpact", "currentScore", "reviewedOn", "reviewNote", "mitigation",
            "band", "currentBand");
    /** The columns of the resources table, in order: one row per item and financial year. */
    static final List<String> RESOURCE_COLUMNS = List.of("id", "item", "funderId", "funderName", "funderKind",
            "financialYear", "cost", "notYetCosted");

    private final ResolvedPlan plan;
    private final PlanProgress progress;

    public ExportTables(ResolvedPlan plan) {
        this.plan = plan;
        this.progress = plan.progress();
    }

    /** The four tables, in the order they are written. */
    public List<Table> all() {
        return List.of(actions(), kpiActuals(), risks(), resources());
    }

    public Table actions() {
        List<List<Object>> rows = new ArrayList<>();
        LocalDate asOf = progress.asOf();
        for (Weakness weakness : plan.plan().weaknesses()) {
            for (Action action : weakness.actions()) {
                ActionState state = progress.action(action);
                if (state == null) {
                    continue;
                }
                Person lead = plan.person(action.lead());
                Organisation organisation = lead == null ? null : plan.organisation(lead.organisation());
                RevisedDue revised = state.revisedDue();
                boolean hasRevised = revised != null && revised.date() != null;
                rows.add(Arrays.asList(action.id(), weakness.id(), text(weakness.title()), text(action.action()),
                        lead == null ? null : lead.id(), lead == null ? null : text(lead.name()),
                        organisation == null ? null : text(organisation.name()), date(action.start()),
                        date(state.originalDue()), hasRevised ? date(revised.date()) : null,
                        hasRevised ? agreedBy(revised.agreedBy()) : null, hasRevised ? date(revised.agreedOn()) : null,
                        date(state.due()), state.status() == null ? null : state.status().code(),
                        state.status() == null ? null : state.status().label(), state.statusDate(),
                        date(state.completed()), asOf != null && state.isOverdueOn(asOf), state.lastReported(),
                        text(state.update()), recurs(action), action.recurs() ? date(action.recurrence().until()) : null,
                        organisation == null || organisation.shortName() == null ? null : text(organisation.shortName()),
                        lead == null || lead.contact() == null ? null : text(lead.contact().email()),
                        lead == null || lead.contact() == null ? null : text(lead.contact().phone())));
            }
        }
        return new Table("actions", ACTION_COLUMNS, rows);
    }

    public Table kpiActuals() {
        List<List<Object>> rows = new ArrayList<>();
        for (Weakness weakness : plan.plan().weaknesses()) {
            for (Kpi kpi : weakness.kpis()) {
                KpiState state = progress.kpi(kpi);
                if (state == null) {
                    continue;
                }
                for (KpiActual actual : state.actuals()) {
                    BigDecimal expected = state.trajectory().valueAt(actual.date().date());
                    TrajectoryStanding standing = state.standing(actual);
                    rows.add(Arrays.asList(kpi.id(), text(kpi.name()), weakness.id(), text(kpi.unit()),
                            kpi.direction() == null ? null : kpi.direction().code(), actual.date().date(),
                            actual.value(), expected == null ? null : rounded(expected), standing == null ? null
                                    : standing.code(), text(actual.note()),
                            kpi.baseline() == null ? null : kpi.baseline().value(),
                            kpi.baseline() == null ? null : date(kpi.baseline().date()),
                            kpi.target() == null ? null : kpi.target().value(),
                            kpi.target() == null ? null : date(kpi.target().date())));
                }
            }
        }
        return new Table("kpi-actuals", ACTUAL_COLUMNS, rows);
    }

    public Table risks() {
        List<List<Object>> rows = new ArrayList<>();
        for (Risk risk : plan.plan().risks()) {
            RiskReview review = progress.risk(risk);
            Person owner = plan.person(risk.owner());
            rows.add(Arrays.asList(risk.id(), text(risk.risk()), owner == null ? null : text(owner.name()),
                    score(risk.likelihood()), score(risk.impact()), risk.score(), text(risk.rating()),
                    review == null ? score(risk.likelihood()) : review.likelihood(),
                    review == null ? score(risk.impact()) : review.impact(),
                    review == null ? risk.score() : review.rating(),
                    review == null ? null : reviewedOn(risk), review == null ? null : text(review.note()),
                    text(risk.mitigation()), band(risk.score()), band(review == null ? risk.score() : review.rating())));
        }
        return new Table("risks", RISK_COLUMNS, rows);
    }

    /**
     * The resources: a row for each item's cost in each financial year, or one row for an item whose
     * cost is not yet known, with {@code notYetCosted} true and no year or cost (never a cost of £0).
     */
    public Table resources() {
        List<List<Object>> rows = new ArrayList<>();
        Resources resources = plan.plan().resources();
        if (resources == null) {
            return new Table("resources", RESOURCE_COLUMNS, rows);
        }
        for (ResourceItem item : resources.items()) {
            Ref funder = item.funder();
            FundingStream stream = plan.fundingStream(funder);
            Organisation organisation = stream == null ? plan.organisation(funder) : null;
            String funderName = stream != null ? text(stream.name()) : organisation != null ? text(organisation.name())
                    : funder == null ? null : funder.id();
            String funderKind = stream != null ? "funding-stream" : organisation != null ? "organisation" : null;
            List<Object> about = Arrays.asList(item.id(), text(item.item()), funder == null ? null : funder.id(),
                    funderName, funderKind);
            if (item.notYetCosted() || item.costs().isEmpty()) {
                List<Object> row = new ArrayList<>(about);
                row.addAll(Arrays.asList(null, null, item.notYetCosted()));
                rows.add(row);
                continue;
            }
            for (Amount cost : item.costs()) {
                List<Object> row = new ArrayList<>(about);
                row.addAll(Arrays.asList(cost.financialYear(), cost.value(), false));
                rows.add(row);
            }
        }
        return new Table("resources", RESOURCE_COLUMNS, rows);
    }

    /** A recurring action's cadence, "monthly"; null for an action done once. */
    private static String recurs(Action action) {
        return action.recurs() && action.recurrence().every() != null ? action.recurrence().every().word() : null;
    }

    /** A score's rating on the plan's risk matrix (its own, or the standard one); null without a score or band. */
    private String band(Integer score) {
        if (score == null) {
            return null;
        }
        RiskMatrix.Band band = plan.plan().ratingMatrix().band(score);
        String rating = band == null ? null : text(band.rating());
        // As the published risks table prints it: "High" for a council's `rating: high`.
        return rating == null ? null : Character.toUpperCase(rating.charAt(0)) + rating.substring(1);
    }

    /** The date of the latest progress file, up to the reporting point, that scored the risk again. */
    private LocalDate reviewedOn(Risk risk) {
        List<ProgressReport> reports = progress.reports();
        for (int i = reports.size() - 1; i >= 0; i--) {
            if (reports.get(i).risks().stream().anyMatch(r -> r.risk().id().equals(risk.id()))) {
                return reports.get(i).date().date();
            }
        }
        return null;
    }

    /** A likelihood or impact: its score from 1 to 5, or the words of the council's register as written. */
    private static Object score(RiskScore score) {
        return score == null ? null : score.score() != null ? score.score() : text(score.words());
    }

    /** Who agreed a revised date: a person's name when it is a person's ID, else the body as written. */
    private String agreedBy(Text agreedBy) {
        if (agreedBy == null || agreedBy.isBlank()) {
            return null;
        }
        Person person = plan.person(new Ref(agreedBy.value().strip(), agreedBy.at()));
        return person == null ? agreedBy.value().strip() : text(person.name());
    }

    /** A trajectory's value, which lies between two milestones: to four decimal places, no more. */
    static BigDecimal rounded(BigDecimal value) {
        return value.setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static LocalDate date(Dated dated) {
        return dated == null ? null : dated.date();
    }

    private static String text(Text text) {
        return text == null || text.value() == null || text.isBlank() ? null : text.value().strip();
    }
}
