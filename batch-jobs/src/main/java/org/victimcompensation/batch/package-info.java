/**
 * Spring Batch jobs, one configuration class per job, file paths and run ids as job parameters:
 * the payment run ({@code payments}), settlement-file reconciliation ({@code reconciliation}) and the
 * step both share that opens REISSUE work ({@code reissue}). They run on the service's one DataSource
 * and transaction manager; their metadata tables come from Liquibase (infra's master changelog), and
 * {@code spring.batch.job.enabled=false} keeps Boot from re-running a job at start-up. Their state
 * lives in the database, so a job that stopped restarts where it stopped.
 */
package org.victimcompensation.batch;
