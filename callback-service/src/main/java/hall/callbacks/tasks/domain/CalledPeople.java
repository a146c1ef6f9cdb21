package hall.callbacks.tasks.domain;

import java.util.Set;

/** Who was called in a period: contact references and applicant accounts (a draw skips them). */
public record CalledPeople(Set<String> contactRefs, Set<String> applicantSubjects) {
}
