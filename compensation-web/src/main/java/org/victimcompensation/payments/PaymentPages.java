package org.victimcompensation.payments;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.reconciliation.Reconciliations;
import org.victimcompensation.security.CurrentStaff;

import java.util.Locale;

/** The staff console's payments page: start a payment run, upload a settlement file, recent results. */
@Controller
@Page
class PaymentPages {

    private final PaymentRuns runs;
    private final Reconciliations reconciliations;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    PaymentPages(PaymentRuns runs, Reconciliations reconciliations, JdbcClient jdbc, MessageSource messages) {
        this.messages = messages;
        this.reconciliations = reconciliations;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    @GetMapping("/staff/payments")
    String page(Model model) {
        model.addAttribute("due", jdbc.sql("select count(*) from payment where status = 'DUE'").query(Integer.class).single());
        model.addAttribute("reconciliations", reconciliations.recent(10));
        return "staff/payments";
    }

    @PostMapping("/staff/payments/run")
    String run(RedirectAttributes redirect, Locale locale) {
        PaymentRuns.RunResult result = runs.run(CurrentStaff.username());
        redirect.addFlashAttribute("done", messages.getMessage("staff.payments.result",
                new Object[]{result.runId(), result.issued(), result.failed(), result.pending()}, locale));
        return "redirect:/staff/payments";
    }
}
