package hall.caseservice.notifications;

import hall.cases.events.NotificationTemplates;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTemplatesTest {

    @Test
    void rendersChineseTextWithParameters() {
        String text = NotificationTemplates.chinese().render("case.returned", Map.of("applicantName", "王五",
                "matterName", "食品经营许可", "caseId", "c-1", "reason", "主件缺少", "policyBasis", "第六条"));
        assertThat(text).isEqualTo("王五您好：您申请的“食品经营许可”（办件编号c-1）已退回。退回理由：主件缺少。政策依据：第六条。");
    }

    @Test
    void everyTemplateTheServiceUsesExists() {
        NotificationTemplates t = NotificationTemplates.chinese();
        for (String name : new String[] {"case.supplement-notice", "case.accepted", "case.accepted-deemed",
                "case.returned", "case.completed"}) {
            assertThat(t.render(name, Map.of())).isNotBlank();
        }
        assertThatThrownBy(() -> t.render("nope", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
