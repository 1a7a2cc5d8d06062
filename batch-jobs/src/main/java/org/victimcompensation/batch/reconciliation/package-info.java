/**
 * Reconciliation of the files banks send against the program's payments.
 *
 * <p>A statement pipeline: each format has a reader ({@link org.victimcompensation.batch.reconciliation.SettlementLineSource})
 * that turns a file into neutral {@link org.victimcompensation.domain.payment.SettlementLine}s; the
 * upload check ({@link org.victimcompensation.batch.reconciliation.SettlementFiles}) and the job read
 * through the same readers, and the matcher never knows the format. Formats: the section-4 CSV, a bank
 * CSV export mapped by configuration, ISO 20022 camt.053 and camt.054 (001.02 to 001.13, read through
 * Prowide's MX tree), BAI2, and NACHA return files. docs/architecture.md has the table of what each
 * field maps to.
 *
 * <p>No maintained Java library reads BAI2 or NACHA files, so both readers are written here: small,
 * strict (record order, counts and control totals are checked, so a cut or edited file is refused),
 * plain Java, each with its own tests against sample files written after the published layouts.
 */
package org.victimcompensation.batch.reconciliation;
