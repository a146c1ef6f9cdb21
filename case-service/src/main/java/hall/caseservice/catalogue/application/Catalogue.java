package hall.caseservice.catalogue.application;

import hall.caseservice.catalogue.domain.CatalogueRuleViolation;
import hall.caseservice.catalogue.domain.Department;
import hall.caseservice.catalogue.domain.IntakeTerms;
import hall.caseservice.catalogue.domain.JointDepartment;
import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.catalogue.domain.PromisedLimitChange;
import hall.caseservice.catalogue.domain.Window;
import hall.caseservice.catalogue.persistence.CatalogueRepository;
import hall.caseservice.shared.AccessRefused;
import hall.caseservice.shared.AlreadyExists;
import hall.caseservice.shared.InvalidReference;
import hall.caseservice.shared.NotFound;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
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

    /** A window's promised limit for one of its matters and the history of its changes. */
    public record PromisedLimitView(String windowCode, String matterCode, int statutoryLimitDays,
            int promisedLimitDays, boolean windowsOwn, List<PromisedLimitChange> changes) {
    }

    /**
     * The window's clerk (own window only) or the supervision office sets the promised limit of one of the window's
     * matters (承诺时限 <= 法定时限). It holds for cases accepted from then on; running clocks keep their limit.
     */
    @Transactional
    public PromisedLimitView setPromisedLimit(String windowCode, String matterCode, int days, String reason,
            Caller caller, Instant now) {
        boolean ownWindowClerk = caller.hasRole(Role.CLERK) && windowCode.equals(caller.windowCode());
        if (!ownWindowClerk && !caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("the promised limits of window " + windowCode
                    + " are set by its own clerks or the supervision office");
        }
        Window window = window(windowCode);
        Matter matter = matter(matterCode);
        if (!matter.departmentCode().equals(window.departmentCode())) {
            throw new InvalidReference("matterCode", "matter " + matterCode + " is not handled at window " + windowCode);
        }
        matter.promisedIn(days);
        int previous = repository.promisedLimit(windowCode, matterCode).orElse(matter.promisedLimitDays());
        repository.setPromisedLimit(new PromisedLimitChange(windowCode, matterCode, previous, days, reason,
                caller.subject(), now));
        return promisedLimit(windowCode, matterCode);
    }

    @Transactional(readOnly = true)
    public PromisedLimitView promisedLimit(String windowCode, String matterCode) {
        Window window = window(windowCode);
        Matter matter = matter(matterCode);
        if (!matter.departmentCode().equals(window.departmentCode())) {
            throw new NotFound("matter " + matterCode + " is not handled at window " + windowCode);
        }
        Optional<Integer> own = repository.promisedLimit(windowCode, matterCode);
        return new PromisedLimitView(windowCode, matterCode, matter.statutoryLimitDays(),
                own.orElse(matter.promisedLimitDays()), own.isPresent(),
                repository.promisedLimitChanges(windowCode, matterCode));
    }

    /**
     * What a case is taken in under, read in one round trip: the window, the matter and the promised limit the
     * window set for it (empty when it keeps the matter's own).
     */
    public IntakeTerms intakeTerms(String windowCode, String matterCode) {
        return repository.intakeTerms(windowCode, matterCode);
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
