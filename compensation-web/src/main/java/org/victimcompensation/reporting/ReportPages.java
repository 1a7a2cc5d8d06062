package org.victimcompensation.reporting;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;
import org.victimcompensation.security.CurrentStaff;

import java.util.Locale;
import java.util.UUID;

/** The VOCA report page of the staff console: ask for a report, see recent ones, download them. */
@Controller
@Page
class ReportPages {

    private final VocaReports reports;
    private final MessageSource messages;

    ReportPages(VocaReports reports, MessageSource messages) {
        this.messages = messages;
        this.reports = reports;
    }

    @GetMapping("/staff/reports")
    String page(Model model) {
        model.addAttribute("reports", reports.recent(20));
        return "staff/reports";
    }

    @PostMapping("/staff/reports")
    String request(@RequestParam(defaultValue = "0") int fiscalYear, @RequestParam(defaultValue = "") String quarter,
                   RedirectAttributes redirect, Locale locale) {
        try {
            FederalFiscalPeriod period = new FederalFiscalPeriod(fiscalYear, quarter.isBlank() ? null : Integer.valueOf(quarter));
            reports.request(period, CurrentStaff.username());
            redirect.addFlashAttribute("done", messages.getMessage("staff.reports.requested", new Object[]{period.label()}, locale));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.reports.invalid", null, locale));
        }
        return "redirect:/staff/reports";
    }

    @GetMapping("/staff/reports/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @RequestParam(defaultValue = "pmt") String copy) {
        VocaReports.Workbook workbook = reports.workbook(id, copy.equals("publication"));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", ContentDisposition.attachment().filename(workbook.fileName()).build().toString())
                .body(workbook.content());
    }
}
