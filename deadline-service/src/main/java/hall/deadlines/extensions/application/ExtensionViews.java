package hall.deadlines.extensions.application;

import hall.deadlines.clocks.application.CaseExtensions;
import hall.deadlines.extensions.domain.Extension;
import hall.deadlines.extensions.persistence.ExtensionRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/** The extensions of a case for the deadline view, and the view of one extension. */
@Component
public class ExtensionViews implements CaseExtensions {

    private final ExtensionRepository extensions;

    public ExtensionViews(ExtensionRepository extensions) {
        this.extensions = extensions;
    }

    @Override
    public List<ExtensionView> of(String caseId) {
        return extensions.findByCase(caseId).stream().map(ExtensionViews::view).toList();
    }

    public static ExtensionView view(Extension e) {
        return new ExtensionView(e.id(), e.workingDays(), e.reason(), e.state().name(), e.requestedBy(),
                e.requestedAt(), e.comment(), e.decidedBy(), e.decidedAt());
    }
}
