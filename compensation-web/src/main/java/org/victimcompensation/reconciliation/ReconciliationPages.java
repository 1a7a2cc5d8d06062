package org.victimcompensation.reconciliation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.victimcompensation.pages.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.security.CurrentStaff;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

/** Settlement-file upload and its result, in the staff console. */
@Controller
@Page
class ReconciliationPages {

    private final Reconciliations reconciliations;
    private final MessageSource messages;

    ReconciliationPages(Reconciliations reconciliations, MessageSource messages) {
        this.reconciliations = reconciliations;
        this.messages = messages;
    }

    @PostMapping("/staff/reconciliations")
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.reconcile.noFile", null, locale));
            return "redirect:/staff/payments";
        }
        try (InputStream content = file.getInputStream()) {
            UUID id = reconciliations.start(file.getOriginalFilename(), content, CurrentStaff.username()).id();
            return "redirect:/staff/reconciliations/" + id;
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("staff.reconcile.refused",
                    new Object[]{e.errors().get(0).message()}, locale));
            return "redirect:/staff/payments";
        }
    }

    @GetMapping("/staff/reconciliations/{id}")
    String result(@PathVariable UUID id, Model model) {
        model.addAttribute("result", reconciliations.result(id));
        return "staff/reconciliation";
    }
}
