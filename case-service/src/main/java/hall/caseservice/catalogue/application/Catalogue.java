package hall.caseservice.catalogue.application;

import hall.caseservice.catalogue.domain.CatalogueRuleViolation;
import hall.caseservice.catalogue.domain.Department;
import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.Window;
import hall.caseservice.catalogue.persistence.CatalogueRepository;
import hall.caseservice.shared.AlreadyExists;
import hall.caseservice.shared.InvalidReference;
import hall.caseservice.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Departments, windows and matters; written by ADMIN, read by everyone signed in. */
@Service
public class Catalogue {

    private final CatalogueRepository repository;

    public Catalogue(CatalogueRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Department addDepartment(Department d) {
        if (!repository.insert(d)) {
            throw new AlreadyExists("department " + d.code() + " exists already");
        }
        return d;
    }

    @Transactional
    public Window addWindow(Window w) {
        if (repository.department(w.departmentCode()).isEmpty()) {
            throw new InvalidReference("departmentCode", "unknown department " + w.departmentCode());
        }
        if (!repository.insert(w)) {
            throw new AlreadyExists("window " + w.code() + " exists already");
        }
        return w;
    }

    @Transactional
    public Matter addMatter(Matter m) {
        if (repository.department(m.departmentCode()).isEmpty()) {
            throw new InvalidReference("departmentCode", "unknown department " + m.departmentCode());
        }
        List<JointDepartment> parts = m.jointDepartments();
        for (int i = 0; i < parts.size(); i++) {
            if (repository.department(parts.get(i).departmentCode()).isEmpty()) {
                throw new InvalidReference("jointDepartments[" + i + "].departmentCode",
                        "unknown department " + parts.get(i).departmentCode());
            }
        }
        if (!repository.insert(m)) {
            throw new AlreadyExists("matter " + m.code() + " exists already");
        }
        return m;
    }

    public List<Department> departments() {
        return repository.departments();
    }

    public List<Window> windows() {
        return repository.windows();
    }

    public List<Matter> matters(String departmentCode) {
        return repository.matters(departmentCode);
    }

    public Department department(String code) {
        return repository.department(code).orElseThrow(() -> new NotFound("no department " + code));
    }

    public Window window(String code) {
        return repository.window(code).orElseThrow(() -> new NotFound("no window " + code));
    }

    public Matter matter(String code) {
        return repository.matter(code).orElseThrow(() -> new NotFound("no matter " + code));
    }

    /** A department by code, empty when the catalogue has none: for features that check a reference. */
    public Optional<Department> findDepartment(String code) {
        return repository.department(code);
    }

    public Optional<Window> findWindow(String code) {
        return repository.window(code);
    }

    public Optional<Matter> findMatter(String code) {
        return repository.matter(code);
    }

    /** Keeps the domain's rule exception for callers that build matters from input. */
    public static Matter define(MatterDefinition d) throws CatalogueRuleViolation {
        return Matter.define(d.code(), d.name(), d.departmentCode(), d.category(), d.statutoryLimitDays(),
                d.promisedLimitDays(), d.extensionCapDays(), d.materials(), d.jointDepartments());
    }
}
