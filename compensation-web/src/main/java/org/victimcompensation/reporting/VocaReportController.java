package org.victimcompensation.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.security.CurrentStaff;

import java.net.URI;
import java.util.UUID;

/** Program staff ask for a quarterly or annual VOCA report, watch it finish and download it. */
@RestController
@RequestMapping("/api/v1/staff/reports/voca")
class VocaReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final VocaReports reports;

    VocaReportController(VocaReports reports) {
        this.reports = reports;
    }

    record RequestJson(@NotNull @Min(2000) @Max(2200) Integer fiscalYear, @Min(1) @Max(4) Integer quarter) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VocaReports.Requested> request(@Valid @RequestBody RequestJson body) {
        VocaReports.Requested requested = reports.request(new FederalFiscalPeriod(body.fiscalYear(), body.quarter()),
                CurrentStaff.username());
        return ResponseEntity.accepted().location(URI.create("/api/v1/staff/reports/voca/" + requested.id())).body(requested);
    }

    @GetMapping("/{id}")
    VocaReports.Report report(@PathVariable UUID id) {
        return reports.report(id);
    }

    @PostMapping("/{id}/submission")
    VocaReports.Report submit(@PathVariable UUID id) {
        return reports.submit(id, CurrentStaff.username());
    }

    /** {@code copy=pmt} (the default: every count, for OVC's PMT) or {@code copy=publication} (small counts blank). */
    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @RequestParam(defaultValue = "pmt") String copy) {
        if (!copy.equals("pmt") && !copy.equals("publication")) {
            throw new InvalidRequestException("copy", "must be pmt or publication");
        }
        VocaReports.Workbook workbook = reports.workbook(id, copy.equals("publication"));
        return ResponseEntity.ok().contentType(XLSX).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(workbook.fileName()).build().toString())
                .body(workbook.content());
    }
}
