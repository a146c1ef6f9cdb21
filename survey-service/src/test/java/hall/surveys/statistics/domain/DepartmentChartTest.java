package hall.surveys.statistics.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DepartmentChartTest {

    @Test
    void eachDepartmentHasLastYearsBarBesideThisYearsWithHeightsProportionalToTheRates() throws Exception {
        String svg = DepartmentChart.svg("项目 P01 业主满意率", 2025, 2026, List.of(
                new YearOnYear.Row("ENGINEERING", 0.8, 0.9, 10.0),
                new YearOnYear.Row("CLEANING", 0.5, 0.25, -25.0),
                new YearOnYear.Row("GENERAL_AFFAIRS", null, 1.0, null)));

        List<SvgBars.Bar> bars = SvgBars.of(svg);

        assertThat(bars).extracting(SvgBars.Bar::department, SvgBars.Bar::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENGINEERING", 2025), org.assertj.core.groups.Tuple.tuple("ENGINEERING", 2026),
                org.assertj.core.groups.Tuple.tuple("CLEANING", 2025), org.assertj.core.groups.Tuple.tuple("CLEANING", 2026),
                org.assertj.core.groups.Tuple.tuple("GENERAL_AFFAIRS", 2026));
        SvgBars.Bar full = bars.get(4);
        assertThat(full.height()).isEqualTo(DepartmentChart.PLOT_HEIGHT);
        for (SvgBars.Bar b : bars) {
            assertThat(b.height() / full.height()).isCloseTo(b.rate(), within(0.001));
            assertThat(b.y() + b.height()).isCloseTo(full.y() + full.height(), within(0.001));
        }
        assertThat(svg).contains("工程维修").contains("保洁").contains("2025年").contains("2026年").contains("90.0%");
    }

    @Test
    void textIsEscaped() throws Exception {
        String svg = DepartmentChart.svg("<P&1>", 2025, 2026, List.of(new YearOnYear.Row("W<1>", 0.5, 0.5, 0.0)));
        assertThat(SvgBars.of(svg)).hasSize(2);
        assertThat(svg).contains("&lt;P&amp;1&gt;");
    }
}
