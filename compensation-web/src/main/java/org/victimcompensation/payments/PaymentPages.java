package org.victimcompensation.payments;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.security.CurrentStaff;

import java.util.Locale;

/** The staff console's payments page: start a payment run, upload a settlement file, recent results. */
@Controller
@Page
class PaymentPages {

    private final PaymentRuns runs;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    PaymentPages(PaymentRuns runs, JdbcClient jdbc, MessageSource messages) {
        this.messages = messages;
        this.runs = runs;
        this.jdbc = jdbc;
    }

    record RecentReconciliation(String id, String fileName, String status, int matched, int returned, int unmatched) {
    }

    @GetMapping("/staff/payments")
    String page(Model model) {
        model.addAttribute("due", jdbc.sql("select count(*) from payment where status = 'DUE'").query(Integer.class).single());
        model.addAttribute("reconciliations", jdbc.sql("""
                        select id, file_name, status, matched, returned, unmatched from reconciliation
                        order by uploaded_at desc limit 10""")
                .query((rs, i) -> new RecentReconciliation(rs.getString("id"), rs.getString("file_name"),
                        rs.getString("status"), rs.getInt("matched"), rs.getInt("returned"), rs.getInt("unmatched")))
                .list());
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
