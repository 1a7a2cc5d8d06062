package org.victimcompensation.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.EnumSet;
import java.util.Set;

/** Who is calling, for audit entries and separation-of-duties checks. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            throw new IllegalStateException("no signed-in staff member");
        }
        return auth.getName();
    }

    public static Set<StaffRole> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (auth != null) {
            auth.getAuthorities().forEach(a -> {
                for (StaffRole role : StaffRole.values()) {
                    if (a.getAuthority().equals("ROLE_" + role.name())) {
                        roles.add(role);
                    }
                }
            });
        }
        return roles;
    }
}
