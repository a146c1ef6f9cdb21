package hall.callbacks.scores.web;

import hall.callbacks.scores.application.WindowScores;
import hall.callbacks.scores.domain.WindowScore;
import hall.callbacks.shared.BadField;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Weekly window scores and grades, their publication, and the board as JSON, CSV and a Chinese notice. */
@RestController
@RequestMapping("/api/window-scores")
public class WindowScoreController {

    private final WindowScores scores;

    public WindowScoreController(WindowScores scores) {
        this.scores = scores;
    }

    public record PublicationRequest(String reason) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','CALLBACK_AGENT','CLERK','DEPARTMENT_OFFICER')")
    @Operation(summary = "A week's window scores (published board, or live before publication); format json, csv or html")
    @ApiResponse(responseCode = "200", description = "The board as JSON, CSV or a printable HTML notice board")
    public ResponseEntity<?> board(@RequestParam String week, @RequestParam(defaultValue = "json") String format) {
        WindowScores.Board board = scores.board(week, Caller.current());
        return switch (format) {
            case "json" -> ResponseEntity.ok(board);
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"window-scores-" + board.week() + ".csv\"")
                    .body(NoticeBoard.csv(board));
            case "html" -> ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                    .body(NoticeBoard.html(board));
            default -> throw new BadField("format", "must be json, csv or html");
        };
    }

    @GetMapping("/{window}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','CALLBACK_AGENT','CLERK','DEPARTMENT_OFFICER')")
    @Operation(summary = "One window's score of a week (a clerk reads only its own window, an officer its department's)")
    public WindowScore window(@PathVariable String window, @RequestParam String week) {
        return scores.window(week, window, Caller.current());
    }

    @PostMapping("/{week}/publication")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Publish (freeze) a week's board; publishing again is a correction and needs a reason")
    public WindowScores.Board publish(@PathVariable String week, @RequestBody(required = false) PublicationRequest r) {
        return scores.publish(week, r == null ? null : r.reason(), Caller.current());
    }
}
