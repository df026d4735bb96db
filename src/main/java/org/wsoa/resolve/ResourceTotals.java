package org.wsoa.resolve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wsoa.model.Amount;
import org.wsoa.model.ResourceItem;
import org.wsoa.model.Resources;

/**
 * The plan's resources added up once: every financial year that any item is costed in, each item's
 * cost per year and in all, each year's total and the grand total, and how many items are not yet
 * costed (they add nothing to the totals, which must then say so).
 */
public final class ResourceTotals {

    /** One item's costs: by financial year (only the years it is costed in) and in all. */
    public record ItemCosts(ResourceItem item, SortedMap<String, BigDecimal> byYear, BigDecimal total) {
    }

    private final List<String> years;
    private final List<ItemCosts> items;
    private final SortedMap<String, BigDecimal> byYear;
    private final BigDecimal total;
    private final int notYetCosted;

    private ResourceTotals(List<String> years, List<ItemCosts> items, SortedMap<String, BigDecimal> byYear,
                           BigDecimal total, int notYetCosted) {
        this.years = List.copyOf(years);
        this.items = List.copyOf(items);
        this.byYear = Collections.unmodifiableSortedMap(byYear);
        this.total = total;
        this.notYetCosted = notYetCosted;
    }

    static ResourceTotals of(Resources resources) {
        SortedMap<String, BigDecimal> byYear = new TreeMap<>();
        List<ItemCosts> items = new ArrayList<>();
        for (ResourceItem item : resources.items()) {
            SortedMap<String, BigDecimal> costs = new TreeMap<>();
            for (Amount cost : item.costs()) {
                costs.merge(cost.financialYear(), cost.value(), BigDecimal::add);
                byYear.merge(cost.financialYear(), cost.value(), BigDecimal::add);
            }
            BigDecimal itemTotal = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            items.add(new ItemCosts(item, Collections.unmodifiableSortedMap(costs), itemTotal));
        }
        BigDecimal total = byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int notYetCosted = (int) resources.items().stream().filter(ResourceItem::notYetCosted).count();
        return new ResourceTotals(new ArrayList<>(byYear.keySet()), items, byYear, total, notYetCosted);
    }

    /** Every financial year any item is costed in, in order ("2021/22", "2022/23"). */
    public List<String> years() {
        return years;
    }

    public List<ItemCosts> items() {
        return items;
    }

    /** Each year's total of the items, in year order. */
    public Map<String, BigDecimal> byYear() {
        return byYear;
    }

    /** The total of the items that are costed. */
    public BigDecimal total() {
        return total;
    }

    /** How many items are not yet costed. */
    public int notYetCosted() {
        return notYetCosted;
    }
}
