package hall.callbacks.scores.web;

import hall.callbacks.scores.application.WindowScores;
import hall.callbacks.scores.domain.WindowScore;
import hall.callbacks.tasks.domain.Dimension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A week's board as CSV (one line per window) and as the printable Chinese notice board posted in the hall,
 * filled from the template {@code templates/window-scores-notice.html}.
 */
final class NoticeBoard {

    private static final String TEMPLATE = load();

    private NoticeBoard() {
    }

    static String csv(WindowScores.Board b) {
        StringBuilder out = new StringBuilder("week,windowCode,reached,unreachable,ratings,forms,");
        for (Dimension d : Dimension.values()) {
            out.append(d.name()).append("Rate,");
        }
        out.append("overallRate,score,grade,problemsOpen,problemsRectified,problemsOverdue,published,version\r\n");
        for (WindowScore w : b.windows()) {
            out.append(b.week()).append(',').append(cell(w.windowCode())).append(',').append(w.reached()).append(',')
                    .append(w.unreachable()).append(',').append(w.ratings()).append(',').append(w.forms()).append(',');
            for (Dimension d : Dimension.values()) {
                out.append(number(w.satisfactionRates().get(d))).append(',');
            }
            out.append(number(w.overallSatisfactionRate())).append(',').append(number(w.score())).append(',')
                    .append(w.grade() == null ? "" : w.grade()).append(',').append(w.problemsOpen()).append(',')
                    .append(w.problemsRectified()).append(',').append(w.problemsOverdue()).append(',')
                    .append(b.published()).append(',').append(b.version() == null ? "" : b.version()).append("\r\n");
        }
        return out.toString();
    }

    static String html(WindowScores.Board b) {
        StringBuilder rows = new StringBuilder();
        for (WindowScore w : b.windows()) {
            rows.append("<tr><td>").append(escape(w.windowCode())).append("</td><td>").append(w.reached())
                    .append("</td><td>").append(w.unreachable()).append("</td><td>")
                    .append(percent(w.overallSatisfactionRate())).append("</td><td>").append(number(w.score()))
                    .append("</td><td>").append(w.grade() == null ? "—" : w.grade()).append("</td><td>")
                    .append(w.problemsOpen()).append(" / ").append(w.problemsRectified()).append(" / ")
                    .append(w.problemsOverdue()).append("</td></tr>\n");
        }
        String status = b.published()
                ? "第 " + b.version() + " 版，发布于 " + b.publishedAt() + (b.reason() == null ? "" : "（更正原因：" + escape(b.reason()) + "）")
                : "未发布（实时数据，仅供内部核对）";
        return TEMPLATE.replace("{{week}}", escape(b.week())).replace("{{status}}", status)
                .replace("{{rows}}", rows.toString());
    }

    private static String percent(Double v) {
        return v == null ? "—" : number(v) + "%";
    }

    private static String number(Double v) {
        return v == null ? "" : String.format("%.2f", v);
    }

    private static String cell(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String load() {
        try (InputStream in = NoticeBoard.class.getResourceAsStream("/templates/window-scores-notice.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
