package org.victimcompensation.reconciliation;

import org.victimcompensation.security.Access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.victimcompensation.api.InvalidRequestException;
import org.victimcompensation.background.BackgroundJobs;
import org.victimcompensation.api.NotFoundException;
import org.victimcompensation.batch.reconciliation.BankCsvMapping;
import org.victimcompensation.batch.reconciliation.ReconciliationJobConfiguration;
import org.victimcompensation.batch.reconciliation.ReconciliationRecords;
import org.victimcompensation.batch.reconciliation.ReconciliationSettings;
import org.victimcompensation.batch.reconciliation.SettlementFileException;
import org.victimcompensation.batch.reconciliation.SettlementFiles;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.domain.payment.ReturnReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Settlement files from upload to result: the whole file is checked before anything changes (a bad
 * file is a 400 and no row moves), then the reconciliation job runs in the background, one file at
 * a time. A job interrupted by a shutdown is resumed at the next start. Uploaded files name payees
 * and accounts: they are kept in a folder only the service's user can open, and deleted when their
 * reconciliation ends.
 */
@Component
public class Reconciliations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Reconciliations.class);
    private static final int EXCEPTIONS_SHOWN = 1000;
    private static final String FILE_SUFFIX = ".settlement";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final BackgroundJobs jobs;
    private final ReconciliationRecords records;
    private final Job job;
    private final Path uploadDir;
    private final Clock clock;
    private final BankCsvMapping bankCsv;

    Reconciliations(JdbcClient jdbc, TransactionTemplate tx, BackgroundJobs jobs, ReconciliationRecords records,
                    @Qualifier(ReconciliationJobConfiguration.JOB_NAME) Job job,
                    ReconciliationSettings settings,
                    Clock clock, BankCsvMapping bankCsv) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.jobs = jobs;
        this.records = records;
        this.job = job;
        this.uploadDir = settings.uploadDir();
        this.clock = clock;
        this.bankCsv = bankCsv;
    }

    record Started(UUID id) {
    }

    @Access.ProgramOperations
    Started start(String fileName, InputStream content, String uploadedBy) throws IOException {
        UUID id = UUID.randomUUID();
        Path file = privateUploadDir().resolve(id + FILE_SUFFIX);
        String sha256 = copy(content, file);
        SettlementFiles.Inspection inspection;
        try {
            inspection = SettlementFiles.inspect(file, bankCsv);
        } catch (SettlementFileException e) {
            Files.deleteIfExists(file);
            throw new InvalidRequestException("file", e.getMessage());
        }
        String safeName = fileName == null ? "settlement" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String shortName = safeName.length() > 200 ? safeName.substring(0, 200) : safeName;
        tx.executeWithoutResult(status -> {
            records.open(id, shortName, file, sha256, inspection.format(), uploadedBy, clock.instant());
            jobs.start(job, parameters(id, file, inspection.format().name()));
        });
        return new Started(id);
    }

    record Issue(long line, String kind, String paymentReference, String detail) {
    }

    record Return(String paymentReference, String returnCode, String reason) {
    }

    /** An entry of the file that is not one of the program's payments (PRODUCT.md 4.1). */
    record Other(long position, Money amount, String currency, String direction, String text) {
    }

    record Result(UUID id, String status, String fileName, String format, Instant uploadedAt, Instant finishedAt,
                  int matched, int returned, int unmatched, int otherEntries, String failureReason, List<Issue> exceptions,
                  List<Return> returns, List<Other> others) {
    }

    @Access.ProgramOperations
    Result result(UUID id) {
        return jdbc.sql("select * from reconciliation where id = ?").param(id)
                .query((rs, i) -> {
                    BackgroundJobs.Progress progress = jobs.stateOf(ReconciliationJobConfiguration.JOB_NAME,
                            parameters(id, Path.of(rs.getString("file_path")), rs.getString("format")));
                    return new Result(id, progress.state().name(), rs.getString("file_name"), rs.getString("format"),
                            rs.getTimestamp("uploaded_at").toInstant(), progress.finishedAt(),
                            rs.getInt("matched"), rs.getInt("returned"), rs.getInt("unmatched"), rs.getInt("other_entries"),
                            progress.failureReason(), exceptions(id), returns(id), others(id));
                })
                .optional().orElseThrow(() -> new NotFoundException("No reconciliation has this id."));
    }

    public record Recent(UUID id, String fileName, String status, int matched, int returned, int unmatched) {
    }

    /** The latest uploads, newest first, for the payments page. */
    @Access.ProgramOperations
    public List<Recent> recent(int count) {
        return jdbc.sql("""
                        select id, file_name, file_path, format, matched, returned, unmatched from reconciliation
                        order by uploaded_at desc limit ?""")
                .param(count)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String state = jobs.stateOf(ReconciliationJobConfiguration.JOB_NAME,
                            parameters(id, Path.of(rs.getString("file_path")), rs.getString("format"))).state().name();
                    return new Recent(id, rs.getString("file_name"), state, rs.getInt("matched"), rs.getInt("returned"),
                            rs.getInt("unmatched"));
                })
                .list();
    }

    private List<Issue> exceptions(UUID id) {
        return jdbc.sql("""
                        select line_no, kind, payment_reference, detail from reconciliation_exception
                        where reconciliation_id = ? order by line_no, kind limit ?""")
                .params(id, EXCEPTIONS_SHOWN)
                .query((rs, i) -> new Issue(rs.getLong("line_no"), rs.getString("kind"),
                        rs.getString("payment_reference"), rs.getString("detail")))
                .list();
    }

    private List<Other> others(UUID id) {
        return jdbc.sql("""
                        select position, amount, currency, direction, text from reconciliation_other_entry
                        where reconciliation_id = ? order by position limit ?""")
                .params(id, EXCEPTIONS_SHOWN)
                .query((rs, i) -> new Other(rs.getLong("position"), Money.of(rs.getBigDecimal("amount")),
                        rs.getString("currency"), rs.getString("direction"), rs.getString("text")))
                .list();
    }

    private List<Return> returns(UUID id) {
        return jdbc.sql("select reference, return_code, return_text from payment where returned_by = ? order by reference limit ?")
                .params(id, EXCEPTIONS_SHOWN)
                .query((rs, i) -> new Return(rs.getString("reference"), rs.getString("return_code"),
                        reason(rs.getString("return_code"), rs.getString("return_text"))))
                .list();
    }

    /** Our words for a code we know; the bank's own words for a narrative return (NARR) or a code we do not know. */
    private static String reason(String code, String bankText) {
        return bankText == null || ReturnReason.isKnown(code) ? ReturnReason.inWords(code) : bankText;
    }

    /**
     * Resumes reconciliations a stopped node left unfinished: a settlement file is deleted once its
     * run has an outcome, so a file still in this node's folder names one (never started, or cut
     * off; Spring Batch restarts it from its last chunk). Only the folder is read, not every
     * reconciliation ever made. Under the job's cluster lock, so with several nodes starting at once
     * only one resumes it. A file without its row is an upload still being committed (or one that
     * never was): it is left alone. A folder that cannot be read is logged, and the node starts.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!Files.isDirectory(uploadDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(uploadDir)) {
            files.map(Reconciliations::reconciliationOf).flatMap(Optional::stream)
                    .forEach(id -> jdbc.sql("select file_path, format from reconciliation where id = ?").param(id)
                            .query((rs, i) -> parameters(id, Path.of(rs.getString("file_path")), rs.getString("format")))
                            .optional()
                            .filter(parameters -> Files.exists(Path.of(parameters.getString("filePath"))))
                            // A run with an outcome has had its file deleted: one back under its name is not resumed.
                            .filter(parameters -> jobs.stateOf(ReconciliationJobConfiguration.JOB_NAME, parameters).state()
                                    == BackgroundJobs.State.RUNNING)
                            .ifPresent(parameters -> jobs.resume(job, parameters)));
        } catch (IOException e) {
            log.error("Unfinished reconciliations were not resumed: the upload folder could not be read ({})",
                    e.getClass().getSimpleName());
        }
    }

    /** The reconciliation an uploaded file belongs to, from the name {@link #start} gave it. */
    private static Optional<UUID> reconciliationOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(FILE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(name.substring(0, name.length() - FILE_SUFFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The upload folder, created 0700. Setting 0700 on every upload also tightens a folder made
     * before, and fails unless the service's user owns it: the default lies in the shared temp folder,
     * where anyone could have made it first. A link there is refused for the same reason.
     */
    private Path privateUploadDir() throws IOException {
        Files.createDirectories(uploadDir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        if (!Files.isDirectory(uploadDir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("The settlement upload folder is a link, not a folder.");
        }
        Files.setPosixFilePermissions(uploadDir, OWNER_ONLY_FOLDER);
        return uploadDir;
    }

    private static JobParameters parameters(UUID id, Path file, String format) {
        return new JobParametersBuilder()
                .addString("reconciliationId", id.toString())
                .addString("filePath", file.toString())
                .addString("format", format)
                .toJobParameters();
    }

    private static String copy(InputStream content, Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(content, sha);
                 OutputStream out = Files.newOutputStream(Files.createFile(file, OWNER_ONLY_FILE))) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
