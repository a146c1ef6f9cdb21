package hall.callbacks.tasks.web;

import hall.callbacks.shared.BadField;
import hall.callbacks.tasks.application.CallbackTasks;
import hall.callbacks.tasks.application.TaskView;
import hall.callbacks.tasks.contact.CaseContactClient;
import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Outcome;
import hall.callbacks.tasks.domain.Rating;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Callback tasks: list, assignment, call attempts, the audited contact read, and the person's answers. */
@RestController
@RequestMapping("/api/callbacks")
public class CallbackController {

    private final CallbackTasks tasks;

    public CallbackController(CallbackTasks tasks) {
        this.tasks = tasks;
    }

    public record Assignment(String agent) {
    }

    public record AttemptRequest(String result, Instant attemptedAt, String note) {
    }

    /** {@code answers}: each of the six dimensions to SATISFIED, BASICALLY_SATISFIED or UNSATISFIED. */
    public record OutcomeRequest(Map<String, String> answers, String comments, String suggestions) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','CLERK')")
    @Operation(summary = "List callback tasks by window, status, agent and round (a clerk sees its window's)")
    public List<TaskView> list(@RequestParam(required = false) String window,
            @RequestParam(required = false) String status, @RequestParam(required = false) String agent,
            @RequestParam(required = false) String round,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return tasks.list(window, status, agent, round, limit, Caller.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','CLERK')")
    @Operation(summary = "A callback task with its attempts and outcome")
    public TaskView get(@PathVariable String id) {
        return tasks.get(id, Caller.current());
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Assign a callback to an agent (an agent takes it for itself)")
    public TaskView assign(@PathVariable String id, @RequestBody Assignment r) {
        return tasks.assign(id, r.agent(), Caller.current());
    }

    @PostMapping("/{id}/attempts")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Record a call attempt (within the calling hours, one day of calls at a time, at most three)")
    public TaskView attempt(@PathVariable String id, @RequestBody AttemptRequest r) {
        return tasks.attempt(id, r.result(), r.attemptedAt(), r.note(), Caller.current());
    }

    public record ComplaintRequest(String description, String subjectType, String subjectRef) {
    }

    @PostMapping("/{id}/complaints")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "File a complaint the person raises during the callback (handed to case-service by event)")
    public CallbackTasks.RaisedComplaint complaint(@PathVariable String id, @RequestBody ComplaintRequest r) {
        return tasks.raiseComplaint(id, r.subjectType(), r.subjectRef(), r.description(), Caller.current());
    }

    @GetMapping("/{id}/contact")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "The phone number to call, read from case-service's audited contact endpoint as the caller")
    public CaseContactClient.CaseContact contact(@PathVariable String id,
            @RequestHeader("Authorization") String authorization) {
        return tasks.contact(id, authorization, Caller.current());
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Record the reached person's answers on the six dimensions (once)")
    public TaskView outcome(@PathVariable String id, @RequestBody OutcomeRequest r,
            @RequestHeader("Authorization") String authorization) {
        return tasks.answer(id, new Outcome(answers(r.answers()), r.comments(), r.suggestions()), Caller.current(),
                authorization);
    }

    private static Map<Dimension, Rating> answers(Map<String, String> raw) {
        Map<Dimension, Rating> answers = new EnumMap<>(Dimension.class);
        if (raw == null) {
            return answers;
        }
        for (Map.Entry<String, String> e : raw.entrySet()) {
            Dimension d;
            try {
                d = Dimension.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                throw new BadField("answers." + e.getKey(), "not a dimension; one of " + List.of(Dimension.values()));
            }
            try {
                answers.put(d, e.getValue() == null ? null : Rating.valueOf(e.getValue()));
            } catch (IllegalArgumentException unknown) {
                throw new BadField("answers." + d.name(), "must be one of " + List.of(Rating.values()));
            }
        }
        return answers;
    }
}
