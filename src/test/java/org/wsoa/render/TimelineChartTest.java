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

    /**
     * A timeline taller than a page is drawn in parts of at most PART_ROWS rows, each with its
     * months: one SVG was cut across pages mid-row, its months on the first page only. 12
     * weaknesses of 10 actions (132 rows) make parts of five, five and two weaknesses; a weakness
     * of 70 actions runs on into a second part with its title repeated.
     */
    @Test
    void aTimelineTallerThanAPageIsDrawnInPartsEachWithItsMonths() throws Exception {
        String svg = TimelineChart.svg(PlanFixtures.resolved(org.wsoa.verify.PdfParityTest.large()));
        String[] parts = svg.split("(?=<svg )");
        assertThat(parts).hasSize(3);
        List<String> titles = new ArrayList<>();
        int actions = 0;
        for (String part : parts) {
            Matcher title = Pattern.compile("<title id=\"([^\"]+)\">([^<]*)</title>").matcher(part);
            assertThat(title.find()).isTrue();
            titles.add(title.group(1) + ": " + title.group(2));
            assertThat(part.split("class=\"month\"").length - 1).as("month labels").isGreaterThan(3);
            int rows = part.split("class=\"weakness\"").length - 1 + part.split("class=\"action\"").length - 1;
            assertThat(rows).isLessThanOrEqualTo(TimelineChart.PART_ROWS);
            actions += part.split("class=\"action\"").length - 1;
        }
        assertThat(actions).isEqualTo(120);
        assertThat(titles).containsExactly(
                "timeline-title: Timeline of all actions by weakness, part 1 of 3",
                "timeline-title-2: Timeline of all actions by weakness, part 2 of 3",
                "timeline-title-3: Timeline of all actions by weakness, part 3 of 3");
        assertThat(parts[0]).contains(">W1 Weakness 1<").contains(">W5.10<").doesNotContain(">W6");
        assertThat(parts[1]).contains(">W6 Weakness 6<").contains(">W10.10<");
        assertThat(parts[2]).contains(">W11 Weakness 11<").contains(">W12.10<");
        assertThat(parts[1]).contains("<desc id=\"timeline-desc-2\">Weaknesses W6 to W10, of 120 actions from");
    }

    @Test
    void aWeaknessLongerThanAPartRunsOnWithItsTitleRepeated() throws Exception {
        Path dir = org.wsoa.verify.PdfParityTest.large();
        // W1 with 70 actions: it fills the first part and runs on into the second.
        StringBuilder yaml = new StringBuilder(Files.readString(dir.resolve("weaknesses/w1.yaml")));
        for (int a = 11; a <= 70; a++) {
            yaml.append("  - id: W1.").append(a).append("\n    action: Action ").append(a)
                    .append(".\n    lead: amorgan\n    start: 2022-03-01\n    due: 2022-04-28\n")
                    .append("    impact: It makes a difference.\n");
        }
        Files.writeString(dir.resolve("weaknesses/w1.yaml"), yaml.toString());
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("max-actions: 120", "max-actions: 180")
                .replace("max-actions-per-lead: 120", "max-actions-per-lead: 180"));
        String[] parts = TimelineChart.svg(PlanFixtures.resolved(dir)).split("(?=<svg )");
        assertThat(parts[0]).contains(">W1 Weakness 1<").contains(">W1.55<").doesNotContain(">W1.56<");
        assertThat(parts[1]).startsWith("<svg ").contains(">W1 Weakness 1 (continued)<").contains(">W1.56<")
                .contains(">W1.70<");
    }
}
