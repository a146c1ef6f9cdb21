package hall.caseservice.cases.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCsvTest {

    @Test
    void cellsAreQuotedAndFormulaLikeTextIsDefused() {
        assertThat(LedgerController.cell(null)).isEmpty();
        assertThat(LedgerController.cell("plain")).isEqualTo("plain");
        assertThat(LedgerController.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(LedgerController.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LedgerController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LedgerController.cell("+123")).isEqualTo("\"'+123\"");
    }
}
