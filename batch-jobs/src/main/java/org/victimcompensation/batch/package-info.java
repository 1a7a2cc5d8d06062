/**
 * Spring Batch jobs (payment runs, settlement-file reconciliation, VOCA reports), one class per job,
 * file paths and periods as job parameters. They run on the service's one DataSource and
 * transaction manager; their metadata tables come from Liquibase (see infra's master changelog),
 * and {@code spring.batch.job.enabled=false} keeps Boot from re-running a job at start-up.
 * The jobs themselves arrive with the payments and reporting features.
 */
package org.victimcompensation.batch;
