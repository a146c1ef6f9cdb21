package hall.caseservice.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import hall.caseservice.catalogue.application.Catalogue;
import hall.caseservice.catalogue.application.MatterDefinition;
import hall.caseservice.catalogue.domain.Department;
import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.MaterialKind;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.RequiredMaterial;
import hall.caseservice.catalogue.domain.Window;
import hall.caseservice.shared.HallClock;
import hall.cases.events.HandlingCategory;
import hall.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The catalogue: departments, windows and matters. Only ADMIN writes it. */
@RestController
@RequestMapping("/api")
public class CatalogueController {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}";

    private final Catalogue catalogue;
    private final HallClock clock;

    public CatalogueController(Catalogue catalogue, HallClock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public record PromisedLimitRequest(@NotNull @Min(0) @Max(3650) Integer promisedLimitDays,
            @Size(max = 500) String reason) {
    }

    public record DepartmentRequest(@NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 100) String name) {
    }

    public record WindowRequest(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 100) String name,
            @NotBlank String departmentCode) {
    }

    public record MaterialRequest(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
            @NotNull MaterialKind kind, @NotBlank @Size(max = 500) String reason) {
    }

    public record JointDepartmentRequest(@NotBlank String departmentCode, boolean lead,
            @NotNull @Min(1) Integer internalLimitDays) {
    }

    public record MatterRequest(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank @Size(max = 200) String name,
            @NotBlank String departmentCode, @NotNull HandlingCategory category,
            @NotNull @Min(0) @Max(3650) Integer statutoryLimitDays, @NotNull @Min(0) @Max(3650) Integer promisedLimitDays,
            @Min(0) @Max(3650) Integer extensionCapDays, @NotNull @Size(max = 100) List<@Valid @NotNull MaterialRequest> materials,
            @Size(max = 20) List<@Valid @NotNull JointDepartmentRequest> jointDepartments) {
    }

    @Operation(summary = "Add a department (ADMIN)")
    @ApiResponse(responseCode = "409", description = "It exists already")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    public Department addDepartment(@Valid @RequestBody DepartmentRequest r) {
        return catalogue.addDepartment(new Department(r.code(), r.name().strip()));
    }

    @Operation(summary = "List departments")
    @GetMapping("/departments")
    public List<Department> departments() {
        return catalogue.departments();
    }

    @Operation(operationId = "getDepartment", summary = "Read a department")
    @GetMapping("/departments/{code}")
    public Department department(@PathVariable String code) {
        return catalogue.department(code);
    }

    @Operation(summary = "Add a service window (ADMIN)")
    @ApiResponse(responseCode = "409", description = "It exists already")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/windows")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    public Window addWindow(@Valid @RequestBody WindowRequest r) {
        return catalogue.addWindow(new Window(r.code(), r.name().strip(), r.departmentCode()));
    }

    @Operation(summary = "List service windows")
    @GetMapping("/windows")
    public List<Window> windows() {
        return catalogue.windows();
    }

    @Operation(operationId = "getWindow", summary = "Read a service window")
    @GetMapping("/windows/{code}")
    public Window window(@PathVariable String code) {
        return catalogue.window(code);
    }

    @Operation(summary = "Add a matter with its category, time limit and materials (ADMIN)")
    @ApiResponse(responseCode = "409", description = "It exists already")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/matters")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    public Matter addMatter(@Valid @RequestBody MatterRequest r) {
        int cap = r.extensionCapDays() != null ? r.extensionCapDays() : Matter.defaultExtensionCapDays(r.category());
        List<RequiredMaterial> materials = r.materials().stream()
                .map(m -> new RequiredMaterial(m.code(), m.name().strip(), m.kind(), m.reason().strip())).toList();
        List<JointDepartment> joint = r.jointDepartments() == null ? List.of() : r.jointDepartments().stream()
                .map(j -> new JointDepartment(j.departmentCode(), j.lead(), j.internalLimitDays())).toList();
        Matter matter = Catalogue.define(new MatterDefinition(r.code(), r.name().strip(), r.departmentCode(),
                r.category(), r.statutoryLimitDays(), r.promisedLimitDays(), cap, materials, joint));
        return catalogue.addMatter(matter);
    }

    @Operation(summary = "List matters, by department")
    @GetMapping("/matters")
    public List<Matter> matters(@RequestParam(required = false) String department) {
        return catalogue.matters(department);
    }

    @Operation(operationId = "getMatter", summary = "Read a matter")
    @GetMapping("/matters/{code}")
    public Matter matter(@PathVariable String code) {
        return catalogue.matter(code);
    }

    @Operation(summary = "Set the promised limit of one of a window's matters (its own clerk or the supervision office)")
    @PutMapping("/windows/{windowCode}/matters/{matterCode}/promised-limit")
    @PreAuthorize("hasAnyRole('CLERK', 'SUPERVISOR')")
    public Catalogue.PromisedLimitView setPromisedLimit(@PathVariable String windowCode, @PathVariable String matterCode,
            @Valid @RequestBody PromisedLimitRequest r) {
        return catalogue.setPromisedLimit(windowCode, matterCode, r.promisedLimitDays(),
                r.reason() == null ? null : r.reason().strip(), Caller.current(), clock.now());
    }

    @Operation(summary = "Read a window's promised limit of a matter with the history of its changes")
    @GetMapping("/windows/{windowCode}/matters/{matterCode}/promised-limit")
    public Catalogue.PromisedLimitView promisedLimit(@PathVariable String windowCode, @PathVariable String matterCode) {
        return catalogue.promisedLimit(windowCode, matterCode);
    }
}
