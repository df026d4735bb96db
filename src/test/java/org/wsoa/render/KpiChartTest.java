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

/**
 * The KPI charts' dates under the axis never run into each other ("Nov 2022May 2023"); the y-axis has
 * a scale of round values and the KPI's unit; the type prints at 10 pt at least.
 */
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
        assertThat(KpiChart.dateSpan(100, "May 2023", "end")).containsExactly(100 - 8 * 15 * 0.62, 100);
        assertThat(KpiChart.dateSpan(100, "May 2023", "start")).containsExactly(100, 100 + 8 * 15 * 0.62);
    }

    private static final Pattern TICK = Pattern.compile(
            "<text x=\"[0-9.]+\" y=\"([0-9.]+)\" text-anchor=\"end\" class=\"tick\">([^<]*)</text>");

    private static Kpi bcp(String id) {
        return PlanFixtures.resolved(Path.of("plans/bcp-wsoa-2021")).plan().weaknesses().stream()
                .flatMap(w -> w.kpis().stream()).filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ticks(String svg) {
        List<String> ticks = new ArrayList<>();
        Matcher tick = TICK.matcher(svg);
        while (tick.find()) {
            ticks.add(tick.group(2));
        }
        return ticks;
    }

    @Test
    void aPercentageKpiHasRoundPercentTicksFromZero() {
        // K1.1: baseline 19 %, milestones 25 and 35 %, target 45 %.
        String svg = KpiChart.svg(bcp("K1.1"), "k");
        assertThat(ticks(svg)).containsExactly("0%", "20%", "40%", "60%");
        assertThat(svg).doesNotContain("class=\"unit\"");
    }

    @Test
    void aCountedKpiHasItsUnitAboveTheAxis() {
        // K1.3: 38 complaints a quarter, down to 15.
        String svg = KpiChart.svg(bcp("K1.3"), "k");
        assertThat(ticks(svg)).containsExactly("0", "10", "20", "30", "40");
        assertThat(svg).contains("<text x=\"4\" y=\"16\" class=\"unit\">complaints a quarter</text>");
    }

    @Test
    void numberIsNoUnit() {
        // K2.1: responses, unit "number", 310 to 900.
        String svg = KpiChart.svg(bcp("K2.1"), "k");
        assertThat(ticks(svg)).containsExactly("0", "250", "500", "750", "1000");
        assertThat(svg).doesNotContain("class=\"unit\"");
    }

    @Test
    void everyExampleChartsTicksAreRoundApartAndReachItsValues() throws IOException {
        int charts = 0;
        List<String> problems = new ArrayList<>();
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            for (Weakness weakness : PlanFixtures.resolved(dir).plan().weaknesses()) {
                for (Kpi kpi : weakness.kpis()) {
                    String svg = KpiChart.svg(kpi, "k");
                    if (svg.isEmpty()) {
                        continue;
                    }
                    charts++;
                    Matcher tick = TICK.matcher(svg);
                    List<Double> ys = new ArrayList<>();
                    List<Double> values = new ArrayList<>();
                    while (tick.find()) {
                        ys.add(Double.parseDouble(tick.group(1)));
                        values.add(Double.parseDouble(tick.group(2).replace("%", "")));
                    }
                    if (ys.size() < 3 || ys.size() > 6) {
                        problems.add(kpi.id() + ": " + ys.size() + " ticks");
                        continue;
                    }
                    for (int i = 1; i < ys.size(); i++) {
                        // Labels 15 high, a step apart: they clear each other.
                        if (ys.get(i - 1) - ys.get(i) < 15 + 4) {
                            problems.add(dir.getFileName() + " " + kpi.id() + ": ticks " + ys.get(i - 1) + " / " + ys.get(i));
                        }
                    }
                    double step = values.get(1) - values.get(0);
                    double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
                    if (!List.of(1.0, 2.0, 2.5, 5.0).contains(Math.round(mantissa * 10) / 10.0)) {
                        problems.add(dir.getFileName() + " " + kpi.id() + ": step " + step);
                    }
                    double highest = KpiChart.points(kpi).stream().mapToDouble(m -> m.value().doubleValue()).max().orElseThrow();
                    if (values.get(values.size() - 1) < highest) {
                        problems.add(dir.getFileName() + " " + kpi.id() + ": top tick under " + highest);
                    }
                }
            }
        }
        assertThat(charts).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void noExampleChartPrintsTypeUnder10pt() throws IOException {
        double width = ChartPrint.widthMm(".chart-figure");
        assertThat(width).isEqualTo(84);
        int texts = 0;
        List<String> small = new ArrayList<>();
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            for (Weakness weakness : PlanFixtures.resolved(dir).plan().weaknesses()) {
                for (Kpi kpi : weakness.kpis()) {
                    String svg = SvgStyle.inline(KpiChart.svg(kpi, "k"));
                    if (!svg.isEmpty()) {
                        texts += ChartPrint.texts(svg);
                        small.addAll(ChartPrint.under10pt(svg, width).stream().map(s -> kpi.id() + " " + s).toList());
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(100);
        assertThat(small).isEmpty();
    }

    @Test
    void a360PixelChartWouldPrintItsDatesUnder10pt() {
        // The check itself: 11 px type in a 360-wide chart shrunk to 84 mm is 7.3 pt.
        assertThat(ChartPrint.under10pt("<svg viewBox=\"0 0 360 170\"><text x=\"1\" class=\"date\" font-size=\"11\">May 2023</text></svg>", 84))
                .hasSize(1).first().asString().startsWith("date 7.2");
    }
}
