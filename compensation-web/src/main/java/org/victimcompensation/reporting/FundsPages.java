package org.victimcompensation.reporting;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.api.FieldError;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.pages.Page;
import org.victimcompensation.pages.StaffForm;
import org.victimcompensation.security.CurrentStaff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The staff console's page for what the state certification lists besides payments: the program's
 * revenue by source and fiscal year, and restitution and subrogation recovered on claims, recorded
 * through the same {@link ProgramFunds} the API uses. A wrong answer comes back beside its field.
 */
@Controller
@Page
class FundsPages {

    private static final int SHOWN = 50;

    private final ProgramFunds funds;
    private final MessageSource messages;

    FundsPages(ProgramFunds funds, MessageSource messages) {
        this.funds = funds;
        this.messages = messages;
    }

    @GetMapping("/staff/funds")
    String page(Model model) {
        return show(model, StaffForm.blank());
    }

    @PostMapping("/staff/funds/revenue")
    String revenue(@RequestParam Map<String, String> answers, Model model, RedirectAttributes redirect, Locale locale,
                   HttpServletResponse response) {
        StaffForm form = new StaffForm(answers);
        Integer fiscalYear = form.fiscalYear("fiscalYear");
        String source = form.text("source", 200);
        Money amount = form.money("amount");
        if (!form.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, form);
        }
        boolean added = funds.recordRevenue(new ProgramFunds.Revenue(fiscalYear, source, amount), CurrentStaff.username());
        redirect.addFlashAttribute("done", messages.getMessage(added ? "staff.funds.revenueAdded" : "staff.funds.revenueReplaced",
                new Object[]{"FY" + fiscalYear, source}, locale));
        return "redirect:/staff/funds";
    }

    @PostMapping("/staff/funds/recoveries")
    String recovery(@RequestParam Map<String, String> answers, Model model, RedirectAttributes redirect, Locale locale,
                    HttpServletResponse response) {
        StaffForm form = new StaffForm(answers);
        String claimReference = form.text("claimReference", 40);
        ProgramFunds.RecoveryKind kind = form.choice(ProgramFunds.RecoveryKind.class, "kind", true);
        Money amount = form.money("recoveryAmount");
        LocalDate receivedOn = form.date("receivedOn");
        if (form.valid()) {
            try {
                ProgramFunds.Recovery recovery = funds.recordRecovery(claimReference, kind, amount, receivedOn, CurrentStaff.username());
                redirect.addFlashAttribute("done", messages.getMessage("staff.funds.recoveryAdded",
                        new Object[]{recovery.claimReference()}, locale));
                return "redirect:/staff/funds";
            } catch (NotFoundException e) {
                form.error("claimReference", "staff.funds.error.noClaim");
            } catch (InvalidRequestException e) {
                // ProgramFunds keeps the rules (no date after today); the page only says which field.
                for (FieldError error : e.errors()) {
                    form.error(error.field().equals("receivedOn") ? "receivedOn" : "recoveryAmount",
                            error.field().equals("receivedOn") ? "staff.funds.error.future" : "staff.form.error.amount");
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(model, form);
    }

    private String show(Model model, StaffForm form) {
        model.addAttribute("revenue", funds.revenue(SHOWN));
        model.addAttribute("recoveries", funds.recentRecoveries(SHOWN));
        model.addAttribute("kinds", Arrays.stream(ProgramFunds.RecoveryKind.values()).map(Enum::name).toList());
        form.show(model);
        return "staff/funds";
    }
}
