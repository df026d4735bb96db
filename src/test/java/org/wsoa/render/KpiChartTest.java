package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;
import org.wsoa.model.Kpi;
import org.wsoa.model.Weakness;

/** The KPI charts' dates under the axis never run into each other ("Nov 2022May 2023"). */
class KpiChartTest {

    private static final Pattern DATE = Pattern.compile(
            "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"(\\w+)\" class=\"date\">([^<]*)</text>");

    @Test
    void noTwoDatesUnderAnyExampleChartOverlap() throws IOException {
        List<String> overlaps = new ArrayList<>();
        int charts = 0;
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            for (Weakness weakness : PlanFixtures.resolved(dir).plan().weaknesses()) {
                for (Kpi kpi : weakness.kpis()) {
                    String svg = KpiChart.svg(kpi, "k");
                    charts += svg.isEmpty() ? 0 : 1;
                    Matcher date = DATE.matcher(svg);
                    double right = Double.NEGATIVE_INFINITY;
                    String before = "";
                    while (date.find()) {
                        double[] span = KpiChart.dateSpan(Double.parseDouble(date.group(1)), date.group(3), date.group(2));
                        if (span[0] < right) {
                            overlaps.add(dir.getFileName() + " " + kpi.id() + ": " + before + " / " + date.group(3));
                        }
                        right = span[1];
                        before = date.group(3);
                    }
                }
            }
        }
        assertThat(charts).isGreaterThan(10);
        assertThat(overlaps).isEmpty();
    }

    @Test
    void aLabelRunsFromItsAnchor() {
        assertThat(KpiChart.dateSpan(100, "May 2023", "end")).containsExactly(100 - 8 * 11 * 0.62, 100);
        assertThat(KpiChart.dateSpan(100, "May 2023", "start")).containsExactly(100, 100 + 8 * 11 * 0.62);
    }
}
