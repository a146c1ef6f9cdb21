package hall.callbacks.projects.web;

import io.swagger.v3.oas.annotations.Operation;
import hall.callbacks.projects.application.Projects;
import hall.callbacks.projects.domain.OwnerDetails;
import hall.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Residential projects and their owners; field rules are checked by the domain and named in problem details. */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

    private final Projects projects;

    public ProjectController(Projects projects) {
        this.projects = projects;
    }

    public record ProjectRequest(String code, String name, String address) {
    }

    public record OwnerRequest(String building, String unit, String room, String name, String phone,
            String idNumber, Boolean contactConsent, String preferredContactTimes) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "Register a residential project (ADMIN, or the property manager of the project)")
    public Projects.ProjectView create(@RequestBody ProjectRequest r) {
        return projects.create(r.code(), r.name(), r.address(), Caller.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROPERTY_MANAGER','CALLBACK_AGENT','SUPERVISOR','ADMIN')")
    @Operation(summary = "List residential projects (a property manager sees its own)")
    public List<Projects.ProjectView> list() {
        return projects.list(Caller.current());
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('PROPERTY_MANAGER','CALLBACK_AGENT','SUPERVISOR','ADMIN')")
    @Operation(summary = "A residential project with its number of owners")
    public Projects.ProjectView get(@PathVariable String code) {
        return projects.get(code, Caller.current());
    }

    @PostMapping("/{code}/owners")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "Register the owner of a household of the project")
    public Projects.OwnerView registerOwner(@PathVariable String code, @RequestBody OwnerRequest r) {
        return projects.registerOwner(code, new OwnerDetails(r.building(), r.unit(), r.room(), r.name(), r.phone(),
                r.idNumber(), Boolean.TRUE.equals(r.contactConsent()), r.preferredContactTimes()), Caller.current());
    }

    @GetMapping("/{code}/owners")
    @PreAuthorize("hasAnyRole('PROPERTY_MANAGER','CALLBACK_AGENT','SUPERVISOR','ADMIN')")
    @Operation(summary = "List a project's owners page by page, names, phones and ID numbers masked")
    public Projects.OwnerPage owners(@PathVariable String code,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return projects.owners(code, page, size, Caller.current());
    }

    @GetMapping("/{code}/owners/{ownerId}/contact")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "An owner's full contact details (callback agents and supervisors; audited)")
    public Projects.OwnerContact contact(@PathVariable String code, @PathVariable String ownerId) {
        return projects.contact(code, ownerId, Caller.current());
    }
}
