package org.wsoa.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wsoa.diagnostic.Check;
import org.wsoa.load.LoadCheck;

/**
 * Every check that {@code wsoa validate} makes, in one list, in the order {@code docs/rules.md}
 * documents them: the loader's checks of the files, the check of the validation settings, and the
 * rules of the plan. Reports, {@code wsoa rules}, the settings in {@code plan.yaml} and the
 * documentation test all read this list. To add a rule, add its class here.
 */
public final class CheckRegistry {

    private static final CheckRegistry STANDARD = new CheckRegistry(List.of(
            new DeadlineCheck(),
            new FrameworkCheck(),
            new ReportDatesCheck(),
            new CoverageCheck(),
            new ActionLeadCheck(),
            new LeadLoadCheck(),
            new DatesCheck(),
            new RecurrenceCheck(),
            new WorkingDayCheck(),
            new DependenciesCheck(),
            new KpiCheck(),
            new KpiCountCheck(),
            new AppContentCheck(),
            new GovernanceCheck(),
            new ShortNamesCheck(),
            new SuccessionCheck(),
            new ContactCheck(),
            new PlaceholdersCheck(),
            new ApprovalsCheck(),
            new PublicationCheck(),
            new ResourcesCheck(),
            new RiskMatrixCheck(),
            new ProgressDatesCheck(),
            new CompletionCheck(),
            new RevisedDueCheck(),
            new OverdueCheck(),
            new CompletionEvidenceCheck(),
            new KpiActualsCheck(),
            new ActionUpdatesCheck(),
            new ClosureCheck()));

    private final List<Rule> rules;
    private final Map<String, Check> checks = new LinkedHashMap<>();

    private CheckRegistry(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Check> all = new ArrayList<>(List.of(LoadCheck.values()));
        all.add(SettingsCheck.INSTANCE);
        all.addAll(rules);
        for (Check check : all) {
            if (checks.putIfAbsent(check.id(), check) != null) {
                throw new IllegalStateException("two checks have the ID " + check.id());
            }
        }
    }

    /** Every check wsoa has. */
    public static CheckRegistry standard() {
        return STANDARD;
    }

    /** Every check, loader's first, in documentation order. */
    public List<Check> checks() {
        return List.copyOf(checks.values());
    }

    /** The rules of the plan, in the order they run. */
    public List<Rule> rules() {
        return rules;
    }

    /** The check with this ID, or null. */
    public Check check(String id) {
        return id == null ? null : checks.get(id);
    }

    /** Every check's ID, in documentation order. */
    public List<String> ids() {
        return Collections.unmodifiableList(new ArrayList<>(checks.keySet()));
    }
}
