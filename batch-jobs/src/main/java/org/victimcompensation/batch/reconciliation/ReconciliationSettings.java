package org.victimcompensation.batch.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Settlement-file reconciliation: lines matched per chunk (each chunk one transaction and one
 * restart point), and the private folder uploaded files wait in (the system temp folder's
 * {@code compensation-settlements} unless set).
 */
@ConfigurationProperties("compensation.reconciliation")
public record ReconciliationSettings(@DefaultValue("2000") int chunkSize, Path uploadDir) {

    public ReconciliationSettings {
        uploadDir = uploadDir != null ? uploadDir : Path.of(System.getProperty("java.io.tmpdir"), "compensation-settlements");
    }
}
