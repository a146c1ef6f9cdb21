package hall.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one side-by-side table: what | this project | peer in the same run | ratio. */
final class Table {

    record Row(String what, String project, String peer, String ratio) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String what, String project, String peer, String ratio) {
        rows.add(new Row(what, project, peer, ratio));
    }

    /** A row that could not be measured: the reason stands in the project's column. */
    void missing(String what, String reason) {
        rows.add(new Row(what, "not measured: " + reason, "", ""));
    }

    void note(String note) {
        notes.add(note);
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String markdown() {
        StringBuilder out = new StringBuilder("| what | this project | peer, same run | ratio |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.what())).append(" | ").append(cell(row.project())).append(" | ")
                    .append(cell(row.peer())).append(" | ").append(cell(row.ratio())).append(" |\n");
        }
        for (String note : notes) {
            out.append('\n').append(note).append('\n');
        }
        return out.toString();
    }

    /** project / peer, e.g. 0.31x; empty when either is unknown. */
    static String ratio(double project, double peer) {
        if (!(peer > 0) || Double.isNaN(project)) {
            return "";
        }
        return String.format(Locale.ROOT, project / peer >= 10 ? "%.0fx" : "%.2fx", project / peer);
    }

    /** A figure with as many digits as it deserves: 12,345 / 123 / 12.3 / 1.23. */
    static String decimal(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 1000 ? "%,.0f" : magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
