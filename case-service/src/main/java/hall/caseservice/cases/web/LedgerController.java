package hall.caseservice.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import hall.caseservice.cases.application.CaseQueries;
import hall.caseservice.cases.application.CaseSummaryView;
import hall.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The monthly ledger (受理台帐) of a window, as JSON or as CSV (Accept: text/csv). */
@RestController
@RequestMapping("/api/ledgers")
public class LedgerController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final CaseQueries queries;

    public LedgerController(CaseQueries queries) {
        this.queries = queries;
    }

    @Operation(summary = "Read the monthly ledger of a window (JSON)")
    @GetMapping(path = "/{windowCode}/{month}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseQueries.Ledger json(@PathVariable String windowCode, @PathVariable String month) {
        return queries.ledger(windowCode, parse(month), Caller.current());
    }

    @Operation(summary = "Download the monthly ledger of a window (CSV)")
    @ApiResponse(responseCode = "200", description = "The ledger as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping(path = "/{windowCode}/{month}", produces = "text/csv")
    public ResponseEntity<String> csv(@PathVariable String windowCode, @PathVariable String month) {
        CaseQueries.Ledger ledger = queries.ledger(windowCode, parse(month), Caller.current());
        StringBuilder out = new StringBuilder();
        out.append("caseId,receivedAt,matterCode,matterName,category,status,acceptedAt,completedAt,returnedAt,"
                + "applicantName,applicantPhone,callbackConsent,contactRef\r\n");
        for (CaseSummaryView c : ledger.cases()) {
            out.append(String.join(",", cell(c.id()), cell(c.receivedAt()), cell(c.matterCode()),
                    cell(c.matterName()), cell(c.category()), cell(c.status()), cell(c.acceptedAt()),
                    cell(c.completedAt()), cell(c.returnedAt()), cell(c.applicantName()), cell(c.applicantPhone()),
                    cell(c.callbackConsent()), cell(c.contactRef()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"ledger-" + windowCode + "-" + month + ".csv\"")
                .body(out.toString());
    }

    static YearMonth parse(String month) {
        if (month == null || !month.matches("[0-9]{4}-[0-9]{2}")) {
            throw new MonthFormat(month);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new MonthFormat(month);
        }
    }

    /** A month that is not yyyy-MM. */
    public static class MonthFormat extends RuntimeException {
        public MonthFormat(String month) {
            super("month must be yyyy-MM, got " + month);
        }
    }

    /** RFC 4180 quoting; cells starting like a spreadsheet formula get a leading apostrophe. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains("'")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
