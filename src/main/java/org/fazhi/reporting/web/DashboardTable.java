package org.fazhi.reporting.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.platform.Figure;
import org.fazhi.platform.Indicator;
import org.fazhi.platform.Indicator.AgencyFigure;
import org.fazhi.platform.Indicator.Measurement;

/**
 * The dashboard's per-agency table: one row per agency, one column per indicator, built from the measurements;
 * and the chart's series taken from the same figures, so the chart and the table never disagree.
 */
record DashboardTable(List<Indicator> columns, List<Row> rows) {

    record Row(long agencyId, String agencyName, List<Figure> figures) {
    }

    /** What the chart draws: 持证率 per agency, the lagging agencies first, with the counts behind it. */
    record Chart(List<String> agencies, List<Long> certified, List<Long> uncertified, List<Double> rates) {
    }

    static DashboardTable of(Map<Indicator, Measurement> measurements) {
        List<Indicator> columns = List.copyOf(measurements.keySet());
        Map<Long, String> names = new LinkedHashMap<>();
        measurements.values().forEach(m -> m.byAgency().forEach(row -> names.putIfAbsent(row.agencyId(), row.agencyName())));
        List<Row> rows = new ArrayList<>();
        names.forEach((id, name) -> {
            List<Figure> figures = new ArrayList<>();
            for (Indicator column : columns) {
                figures.add(measurements.get(column).byAgency().stream().filter(row -> row.agencyId() == id)
                        .map(AgencyFigure::figure).findFirst().orElse(Figure.count(0)));
            }
            rows.add(new Row(id, name, figures));
        });
        return new DashboardTable(columns, rows);
    }

    Chart certificationChart() {
        int column = columnOf("CERTIFIED_RATE");
        List<Row> withPosts = rows.stream().filter(row -> column >= 0 && row.figures().get(column).denominator() > 0)
                .sorted(Comparator.comparingDouble((Row row) -> row.figures().get(column).asDouble()))
                .toList();
        return new Chart(withPosts.stream().map(Row::agencyName).toList(),
                withPosts.stream().map(row -> row.figures().get(column).numerator()).toList(),
                withPosts.stream().map(row -> row.figures().get(column).denominator() - row.figures().get(column).numerator()).toList(),
                withPosts.stream().map(row -> row.figures().get(column).asDouble()).toList());
    }

    private int columnOf(String code) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
