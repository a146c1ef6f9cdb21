package hall.surveys.statistics.web;

import hall.surveys.statistics.application.StatisticsQueries;
import hall.surveys.statistics.domain.YearOnYear;

/** Statistics as CSV: a header, then one line per figure (overall, department, question, year-on-year). */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(StatisticsQueries.Statistics s) {
        StringBuilder out = new StringBuilder(
                "section,department,question,text,valid,satisfied,basically_satisfied,unsatisfied,rate,last_year_rate,change_points\n");
        line(out, "overall", s.overall());
        s.departments().forEach(t -> line(out, "department", t));
        s.questions().forEach(t -> line(out, "question", t));
        if (s.yearOnYear() != null) {
            for (YearOnYear.Row r : s.yearOnYear()) {
                out.append("year_on_year,").append(cell(r.department())).append(",,,,,,,").append(number(r.thisYear()))
                        .append(',').append(number(r.lastYear())).append(',').append(number(r.change())).append('\n');
            }
        }
        out.append("response_rate,,,,").append(s.receipts()).append(",,,,").append(number(s.responseRate())).append(",,\n");
        out.append("receipt_rate,,,,").append(s.receipts()).append(",,,,").append(number(s.receiptRate())).append(",,\n");
        return out.toString();
    }

    private static String number(Double d) {
        return d == null ? "" : d.toString();
    }

    private static void line(StringBuilder out, String section, StatisticsQueries.TallyView t) {
        out.append(section).append(',').append(cell(t.department())).append(',').append(cell(t.question())).append(',')
                .append(cell(t.text())).append(',').append(t.valid()).append(',').append(t.satisfied()).append(',')
                .append(t.basicallySatisfied()).append(',').append(t.unsatisfied()).append(',')
                .append(number(t.rate())).append(",,\n");
    }

    /** A CSV cell, quoted when needed; a leading formula character is neutralised for spreadsheets. */
    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
