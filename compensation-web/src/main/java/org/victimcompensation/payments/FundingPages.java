package org.victimcompensation.payments;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.payment.FundSource;
import org.victimcompensation.pages.Page;
import org.victimcompensation.pages.StaffForm;
import org.victimcompensation.security.CurrentStaff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The staff console's funding rules page: every rule kept, and a form to add one through the same
 * {@link FundingRules} the API uses. A wrong answer comes back on the form, beside its field.
 */
@Controller
@Page
class FundingPages {

    private final FundingRules rules;
    private final MessageSource messages;

    FundingPages(FundingRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/staff/funding-rules")
    String page(Model model) {
        return show(model, StaffForm.blank());
    }

    @PostMapping("/staff/funding-rules")
    String add(@RequestParam Map<String, String> answers, Model model, RedirectAttributes redirect, Locale locale,
               HttpServletResponse response) {
        StaffForm form = new StaffForm(answers);
        LocalDate effectiveFrom = form.date("effectiveFrom");
        ExpenseCategory category = form.choice(ExpenseCategory.class, "category", false);
        FundSource fundSource = form.choice(FundSource.class, "fundSource", true);
        String award = form.optional("grantAward");
        if (award != null && !award.matches(FundingController.GRANT_AWARD)) {
            form.error("grantAward", "staff.funding.error.grantAwardForm");
        } else if (fundSource != null && fundSource.grantAwardProblem(award) != null) {
            form.error("grantAward", fundSource == FundSource.VOCA_GRANT ? "staff.funding.error.grantAwardRequired"
                    : "staff.funding.error.grantAwardState");
        }
        if (!form.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, form);
        }
        FundingRules.Rule rule = rules.add(effectiveFrom, category, fundSource, award, CurrentStaff.username());
        redirect.addFlashAttribute("done", messages.getMessage("staff.funding.added",
                new Object[]{rule.id(), rule.effectiveFrom().toString()}, locale));
        return "redirect:/staff/funding-rules";
    }

    private String show(Model model, StaffForm form) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("categories", Arrays.stream(ExpenseCategory.values()).map(Enum::name).toList());
        model.addAttribute("fundSources", Arrays.stream(FundSource.values()).map(Enum::name).toList());
        form.show(model);
        return "staff/funding-rules";
    }
}
