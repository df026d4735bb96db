package org.wsoa.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wsoa.calendar.OutsideKnownYearsException;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.diagnostic.Check;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Severity;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.load.LoadResult;
import org.wsoa.model.Acceptance;
import org.wsoa.model.LimitSetting;
import org.wsoa.model.Plan;
import org.wsoa.model.RuleSetting;
import org.wsoa.model.SourceRef;
import org.wsoa.resolve.Limits;
import org.wsoa.resolve.ResolvedPlan;
import org.wsoa.resolve.Resolver;

/**
 * Validates a loaded plan: resolves it once, then gathers the loader's findings and every rule's,
 * less the checks the plan switches off, with the findings the authors accepted marked as such.
 */
public final class Validator {

    /** The ID of the findings about the {@code validation:} settings themselves. */
    public static final String SETTINGS_RULE = SettingsCheck.INSTANCE.id();

    private final CheckRegistry registry;
    private final WorkingDays calendar;

    public Validator(CheckRegistry registry, WorkingDays calendar) {
        this.registry = registry;
        this.calendar = calendar;
    }

    /** A validator with every check and the England and Wales calendar. */
    public static Validator standard() {
        return new Validator(CheckRegistry.standard(), WorkingDays.englandAndWales());
    }

    /** Validates the plan as at its latest progress file (the plan as agreed, if it has none). */
    public Validation validate(LoadResult loaded) {
        return validate(loaded, null);
    }

    /**
     * Validates the plan as at {@code asOf}: progress files dated after it are left out, and the
     * checks of progress judge dates as at that day. Null means the latest progress file's date.
     */
    /** The loader's checks of a value that is written but cannot be read as its key needs. */
    private static final Set<String> BADLY_WRITTEN = Set.of("date-format", "wrong-type");

    public Validation validate(LoadResult loaded, LocalDate asOf) {
        ResolvedPlan resolved = Resolver.resolve(loaded, calendar, asOf);
        Plan plan = resolved.plan();
        Set<String> disabled = new HashSet<>();
        List<Diagnostic> settings = new ArrayList<>();
        for (RuleSetting setting : plan.validation().disabled()) {
            if (switchable(setting.rule(), setting.at(), "switched off", settings)) {
                disabled.add(setting.rule());
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : loaded.diagnostics()) {
            if (!disabled.contains(diagnostic.ruleId())) {
                diagnostics.add(diagnostic);
            }
        }
        SourceRef directory = SourceRef.file(plan.directory());
        // A plan beyond the bounds on wsoa's work is reported as such, and no rule runs on it.
        diagnostics.addAll(resolved.overLimits());
        for (Rule rule : resolved.overLimits().isEmpty() ? registry.rules() : List.<Rule>of()) {
            if (disabled.contains(rule.id())) {
                continue;
            }
            Findings findings = new Findings(rule, directory);
            try {
                rule.check(resolved, findings);
            } catch (OutsideKnownYearsException e) {
                findings.report(null, null, e.getMessage(), "check the dates, or use a newer wsoa");
            }
            // What a file that could not be read seems to lack is not news: its own finding says why.
            findings.found().stream().filter(d -> !loaded.unreadableFiles().contains(d.at().file()))
                    .filter(d -> !missesABadlyWrittenValue(d, loaded.diagnostics()))
                    .forEach(diagnostics::add);
        }
        List<Acceptance> acceptances = new ArrayList<>();
        for (Acceptance acceptance : plan.validation().accepted()) {
            if (switchable(acceptance.rule(), acceptance.at(), "accepted", settings)) {
                acceptances.add(acceptance);
            }
        }
        checkLimits(plan, settings);
        List<Finding> findings = new ArrayList<>();
        Set<Acceptance> used = new HashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            Acceptance acceptance = acceptanceOf(acceptances, diagnostic);
            if (acceptance != null) {
                used.add(acceptance);
            }
            findings.add(new Finding(diagnostic, acceptance));
        }
        for (Acceptance acceptance : acceptances) {
            if (!used.contains(acceptance) && acceptance.subject() != null) {
                settings.add(new Diagnostic(acceptance.at(), SETTINGS_RULE, Severity.WARNING, "no finding of `"
                        + acceptance.rule() + "` about `" + Excerpt.of(acceptance.subject()) + "` is left to accept",
                        "remove this acceptance from `validation: accept:` in plan.yaml", Diagnostic.PLAN));
            }
        }
        settings.forEach(d -> findings.add(new Finding(d, null)));
        findings.sort((a, b) -> Diagnostic.ORDER.compare(a.diagnostic(), b.diagnostic()));
        return new Validation(plan.directory(), resolved, findings, plan.files().size());
    }

    /**
     * Whether a rule's finding that a key is missing (it asks to add `key:`) is about a key that
     * is written, but so badly that the loader could not read it and said so: one wrong date
     * gives one finding, the loader's, not a cascade of findings that it is missing.
     */
    private static boolean missesABadlyWrittenValue(Diagnostic finding, List<Diagnostic> loaded) {
        if (finding.hint() == null || !finding.hint().contains("add `")) {
            return false;
        }
        for (Diagnostic load : loaded) {
            if (!load.at().file().equals(finding.at().file()) || !BADLY_WRITTEN.contains(load.ruleId())
                    || !load.message().startsWith("`")) {
                continue;
            }
            int end = load.message().indexOf('`', 1);
            if (end > 1 && finding.hint().contains("add `" + load.message().substring(1, end) + ":")) {
                return true;
            }
        }
        return false;
    }

    private static Acceptance acceptanceOf(List<Acceptance> acceptances, Diagnostic diagnostic) {
        for (Acceptance acceptance : acceptances) {
            if (diagnostic.ruleId().equals(acceptance.rule()) && diagnostic.subject().equals(acceptance.subject())) {
                return acceptance;
            }
        }
        return null;
    }

    /**
     * Whether the check {@code id} exists and may be switched off or have a finding accepted;
     * reports why not when it may not.
     */
    private boolean switchable(String id, SourceRef at, String how, List<Diagnostic> found) {
        if (id == null) {
            return false;
        }
        Check check = registry.check(id);
        if (check == null) {
            String what = how.equals("accepted") ? "whose finding could be accepted" : "to switch off";
            found.add(settingsError(at, "there is no check `" + Excerpt.of(id) + "` " + what
                    + Suggestions.didYouMean(id, registry.ids()), "the checks are listed by `wsoa rules` and in docs/rules.md"));
            return false;
        }
        if (check.lockedBecause() != null) {
            String what = how.equals("accepted") ? "a finding of `" + id + "` cannot be accepted"
                    : "`" + id + "` cannot be switched off";
            found.add(settingsError(at, what + ": " + check.lockedBecause(), "correct the plan instead"));
            return false;
        }
        return true;
    }

    private static void checkLimits(Plan plan, List<Diagnostic> found) {
        for (LimitSetting limit : plan.validation().limits()) {
            Limits.Definition definition = Limits.definition(limit.name());
            if (definition == null) {
                found.add(settingsError(limit.at(), "there is no limit `" + Excerpt.of(limit.name()) + "`"
                        + Suggestions.didYouMean(limit.name(), Limits.names()),
                        "the limits are: " + String.join(", ", Limits.names())));
            } else if (limit.value() > definition.most()) {
                found.add(settingsError(limit.at(), "`" + limit.name() + "` is " + limit.value() + ", but it can be at most "
                        + definition.most(), "set it to " + definition.most() + " or less; until then the default, "
                        + definition.byDefault() + ", applies"));
            }
        }
    }

    private static Diagnostic settingsError(SourceRef at, String message, String hint) {
        return Diagnostic.of(SettingsCheck.INSTANCE, at, message, hint);
    }
}
