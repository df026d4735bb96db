package org.wsoa.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.wsoa.diagnostic.Severity;
import org.wsoa.model.Amount;
import org.wsoa.model.Plan;
import org.wsoa.resolve.ResolvedPlan;

/** The totals per financial year that the authors declare add up from the items. */
final class ResourcesCheck extends AbstractRule {

    ResourcesCheck() {
        super("resources", Severity.ERROR, "Declared resource totals match the sum of the items in each financial year.");
    }

    @Override
    public void check(ResolvedPlan resolved, Findings findings) {
        Plan plan = resolved.plan();
        if (plan.resources() == null || plan.resources().declaredTotals().isEmpty()) {
            return;
        }
        Map<String, BigDecimal> totals = resolved.resources().byYear();
        Map<String, Amount> declared = new TreeMap<>();
        for (Amount amount : plan.resources().declaredTotals()) {
            declared.put(amount.financialYear(), amount);
            BigDecimal sum = totals.getOrDefault(amount.financialYear(), BigDecimal.ZERO);
            if (sum.compareTo(amount.value()) != 0) {
                findings.report(amount.at(), null, "the total for " + amount.financialYear() + " is written "
                        + Amount.pounds(amount.value()) + ", but the items add up to " + Amount.pounds(sum),
                        "correct the total or the items' costs");
            }
        }
        for (Map.Entry<String, BigDecimal> total : totals.entrySet()) {
            if (!declared.containsKey(total.getKey())) {
                findings.report(plan.resources().at(), null, "the totals leave out " + total.getKey() + ", when the items"
                        + " cost " + Amount.pounds(total.getValue()), "add `" + total.getKey() + ": " + total.getValue()
                        .toPlainString() + "` under `totals:`");
            }
        }
    }
}
