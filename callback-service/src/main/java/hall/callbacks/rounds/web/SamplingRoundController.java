package hall.callbacks.rounds.web;

import hall.callbacks.rounds.application.SamplingRounds;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The supervision office's weekly sampling rounds. */
@RestController
@RequestMapping("/api/sampling-rounds")
public class SamplingRoundController {

    private final SamplingRounds rounds;

    public SamplingRoundController(SamplingRounds rounds) {
        this.rounds = rounds;
    }

    /** {@code week} as {@code 2026-W48}; {@code sampleSize} (1-1000) and {@code seed} are optional. */
    public record DrawRequest(String week, Integer sampleSize, Long seed) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Draw the sampling round of an ISO week for every window (one round per week)")
    public SamplingRounds.RoundView draw(@RequestBody DrawRequest r) {
        return rounds.draw(r.week(), r.sampleSize(), r.seed(), Caller.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR','CALLBACK_AGENT','ADMIN')")
    @Operation(summary = "A sampling round: per window the frame size, exclusions by reason, drawn tasks, and the seed")
    public SamplingRounds.RoundView get(@PathVariable String id) {
        return rounds.get(id);
    }

    @GetMapping("/{id}/report")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    @Operation(summary = "The round report for the supervision office: per window asked, reached, unreachable, problems found and rectified")
    public SamplingRounds.RoundReport report(@PathVariable String id) {
        return rounds.report(id);
    }
}
