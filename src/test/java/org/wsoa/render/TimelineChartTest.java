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

/** The timeline's month labels stay inside the chart and clear each other; its type prints at 10 pt at least. */
class TimelineChartTest {

    private static final Pattern MONTH = Pattern.compile("<text x=\"([0-9.]+)\" y=\"[0-9.]+\" class=\"month\">([^<]*)</text>");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ");

    /** A month label's width at 13.5 px, erring wide (DejaVu Sans: digits 0.64 em, a space 0.32). */
    private static double width(String label) {
        return ActualsChart.width(label) * 13.5 / ActualsChart.FONT;
    }

    @Test
    void everyExampleTimelinesMonthLabelsEndInsideTheChartAndClearEachOther() throws IOException {
        List<String> problems = new ArrayList<>();
        int plans = 0;
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            String svg = TimelineChart.svg(PlanFixtures.resolved(dir));
            if (svg.isEmpty()) {
                continue;
            }
            plans++;
            Matcher box = VIEW_BOX.matcher(svg);
            assertThat(box.find()).isTrue();
            double chartWidth = Double.parseDouble(box.group(1));
            Matcher month = MONTH.matcher(svg);
            double right = Double.NEGATIVE_INFINITY;
            int labels = 0;
            while (month.find()) {
                labels++;
                double x = Double.parseDouble(month.group(1));
                if (x < right + 4) {
                    problems.add(dir.getFileName() + ": " + month.group(2) + " runs into the label before");
                }
                right = x + width(month.group(2));
                if (right > chartWidth) {
                    problems.add(dir.getFileName() + ": " + month.group(2) + " ends at " + right + " of " + chartWidth);
                }
            }
            if (labels < 3) {
                problems.add(dir.getFileName() + ": " + labels + " month labels");
            }
        }
        assertThat(plans).isEqualTo(5);
        assertThat(problems).isEmpty();
    }

    @Test
    void theBcpTimelineLabelsEveryThirdMonthUpToItsLast() {
        String svg = TimelineChart.svg(PlanFixtures.resolved(Path.of("plans/bcp-wsoa-2021")));
        List<String> months = new ArrayList<>();
        Matcher month = MONTH.matcher(svg);
        while (month.find()) {
            months.add(month.group(2));
        }
        assertThat(months).containsExactly("Dec 2021", "Mar 2022", "Jun 2022", "Sep 2022", "Dec 2022", "Mar 2023");
    }

    @Test
    void noExampleTimelinePrintsTypeUnder10pt() throws IOException {
        double width = ChartPrint.widthMm("svg.timeline-chart");
        assertThat(width).isEqualTo(178);
        List<String> small = new ArrayList<>();
        int texts = 0;
        for (Path dir : Files.list(Path.of("plans")).sorted().toList()) {
            String svg = SvgStyle.inline(TimelineChart.svg(PlanFixtures.resolved(dir)));
            texts += ChartPrint.texts(svg);
            small.addAll(ChartPrint.under10pt(svg, width).stream().map(s -> dir.getFileName() + " " + s).toList());
        }
        assertThat(texts).isGreaterThan(100);
        assertThat(small).isEmpty();
    }
}
