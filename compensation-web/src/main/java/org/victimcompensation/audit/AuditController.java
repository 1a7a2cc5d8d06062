package org.victimcompensation.audit;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/** Admins read the audit trail: {@code GET /api/v1/admin/audit?claimReference=...}. */
@RestController
@RequestMapping("/api/v1/admin/audit")
@Validated
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    List<AuditLog.AuditEntry> entries(@RequestParam(required = false) String claimReference,
                                      @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit) {
        return audit.entries(claimReference, limit);
    }
}
