package org.victimcompensation.security;

/** Staff roles (PRODUCT.md section 2); Spring authorities are ROLE_ + name. */
public enum StaffRole {
    CASEWORKER, SUPERVISOR, PROGRAM_STAFF, ADMIN
}
