package org.victimcompensation.claims;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.ClaimStatus;
import org.victimcompensation.domain.claim.CollateralKind;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeSubType;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.DatePrecision;
import org.victimcompensation.domain.claim.DenialReason;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.GenderIdentity;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.RaceEthnicity;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;
import org.victimcompensation.infra.crypto.FieldCipher;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The one place where claims meet their tables, and so the one place where personal data is
 * sealed on the way in and opened on the way out. Feature code above it sees only
 * {@link ClaimApplication} and {@link ClaimRecord}; SQL here never carries a plain personal value.
 */
@Repository
class ClaimStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ClaimStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    record NewClaim(UUID id, String reference, String accessCodeHash, ClaimApplication application, Instant submittedAt,
                    boolean withinFilingWindow, boolean possibleDuplicate, String victimAgeBand, String lookupHash,
                    String victimKey) {
    }

    void insert(NewClaim claim) {
        ClaimApplication a = claim.application();
        var applicant = a.applicant();
        var crime = a.crime();
        jdbc.sql("""
                        insert into claim (id, reference, access_code_hash, status, applicant_role, preferred_language,
                          crime_type, crime_occurred_on, crime_date_precision, crime_occurred_until, crime_state, crime_flags,
                          reported_to_police, verification_source, emergency_award_requested, advocate_involved, advocate_consent_on_file, victim_age_band,
                          gender_identity, race_ethnicity, safe_to_mail, safe_to_phone, safe_to_leave_voicemail,
                          safe_to_email, safe_to_text, safe_discreet, within_filing_window, possible_duplicate, applicant_lookup_hash, submitted_at,
                          crime_subtype, victim_key)
                        values (:id, :reference, :hash, 'SUBMITTED', :role, :language, :crimeType, :occurredOn, :precision, :until,
                          :crimeState, :flags::text[], :reported, :verification, :emergency, :advocate, :consent, :ageBand, :gender,
                          :race::text[], :mail, :phone, :voicemail, :email, :text, :discreet, :inWindow, :duplicate, :lookup, :submittedAt,
                          :subType, :victimKey)""")
                .param("id", claim.id()).param("reference", claim.reference()).param("hash", claim.accessCodeHash())
                .param("role", a.applicantRole().name()).param("language", applicant.preferredLanguage())
                .param("crimeType", crime.type().name()).param("occurredOn", Date.valueOf(crime.occurredOn()))
                .param("precision", crime.occurredOnPrecision().name())
                .param("until", crime.occurredUntil() == null ? null : Date.valueOf(crime.occurredUntil()))
                .param("crimeState", crime.state())
                .param("flags", crime.flags().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("reported", crime.reportedToPolice())
                .param("verification", a.verification().source().name())
                .param("emergency", a.emergencyAwardRequested())
                .param("advocate", a.advocate() != null)
                .param("consent", a.advocate() == null ? null : a.advocate().consentOnFile())
                .param("ageBand", claim.victimAgeBand())
                // Category codes from closed lists, in the clear like the age band: the funder report counts
                // them with set-based SQL, and a code cannot carry a name (changeset 005 keeps it so).
                .param("gender", a.demographics() == null || a.demographics().genderIdentity() == null ? null
                        : a.demographics().genderIdentity().name())
                .param("race", (a.demographics() == null ? Set.<RaceEthnicity>of() : a.demographics().raceEthnicity())
                        .stream().sorted().map(Enum::name).toArray(String[]::new))
                .param("mail", applicant.safeContact().mail()).param("phone", applicant.safeContact().phone())
                .param("voicemail", applicant.safeContact().voicemail()).param("email", applicant.safeContact().email())
                .param("text", applicant.safeContact().text()).param("discreet", applicant.safeContact().discreet())
                .param("inWindow", claim.withinFilingWindow()).param("duplicate", claim.possibleDuplicate())
                .param("lookup", claim.lookupHash()).param("submittedAt", Timestamp.from(claim.submittedAt()))
                .param("subType", crime.subType() == null ? null : crime.subType().name())
                .param("victimKey", claim.victimKey())
                .update();

        Sealer seal = new Sealer(claim.id());
        var victim = a.victim();
        var advocate = a.advocate();
        jdbc.sql("""
                        insert into claim_personal (claim_id, applicant_first_name, applicant_last_name, applicant_date_of_birth,
                          email, phone, mailing_address, acp_participant_code, victim_first_name, victim_last_name,
                          victim_date_of_birth, crime_county, crime_description, verification_provider_name,
                          verification_contact, advocate_name, advocate_organization)
                        values (:id, :f, :l, :dob, :email, :phone, :address, :acp, :vf, :vl, :vdob, :county, :description,
                          :provider, :contact, :advocateName, :advocateOrg)""")
                .param("id", claim.id())
                .param("f", seal.text("applicant_first_name", applicant.firstName()))
                .param("l", seal.text("applicant_last_name", applicant.lastName()))
                .param("dob", seal.text("applicant_date_of_birth", applicant.dateOfBirth().toString()))
                .param("email", seal.text("email", applicant.email()))
                .param("phone", seal.text("phone", applicant.phone()))
                .param("address", seal.text("mailing_address", MailingAddressText.format(applicant.mailingAddress())))
                .param("acp", seal.text("acp_participant_code", applicant.acpParticipantCode()))
                .param("vf", seal.text("victim_first_name", victim == null ? null : victim.firstName()))
                .param("vl", seal.text("victim_last_name", victim == null ? null : victim.lastName()))
                .param("vdob", seal.text("victim_date_of_birth", victim == null ? null : victim.dateOfBirth().toString()))
                .param("county", seal.text("crime_county", crime.county()))
                .param("description", seal.text("crime_description", crime.description()))
                .param("provider", seal.text("verification_provider_name", a.verification().providerName()))
                .param("contact", seal.text("verification_contact", a.verification().contact()))
                .param("advocateName", seal.text("advocate_name", advocate == null ? null : advocate.name()))
                .param("advocateOrg", seal.text("advocate_organization", advocate == null ? null : advocate.organization()))
                .update();

        for (int i = 0; i < a.expenses().size(); i++) {
            var e = a.expenses().get(i);
            jdbc.sql("insert into expense (claim_id, line_no, category, amount, payee, provider_name_enc, incurred_on) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(claim.id(), i + 1, e.category().name(), e.amount().toBigDecimal(), e.payee().name(),
                            seal.text("expense.provider_name." + (i + 1), e.providerName()),
                            e.incurredOn() == null ? null : Date.valueOf(e.incurredOn()))
                    .update();
        }
        for (int i = 0; i < a.collateralSources().size(); i++) {
            var c = a.collateralSources().get(i);
            jdbc.sql("insert into collateral_source (claim_id, line_no, kind, amount) values (?, ?, ?, ?)")
                    .params(claim.id(), i + 1, c.kind().name(), c.amount().toBigDecimal())
                    .update();
        }
    }

    /** A new hash for a claim's access code (a fresher key, or a new code issued on a repeated submission). */
    void replaceAccessCodeHash(UUID claimId, String hash) {
        jdbc.sql("update claim set access_code_hash = ? where id = ?").params(hash, claimId).update();
    }

    /**
     * Takes an idempotency key for a submission about to be made; false when the key is already
     * taken. A second submission with the key waits here until the first one's transaction ends.
     */
    boolean takeIntakeKey(String key, String bodyHash, Instant at) {
        return jdbc.sql("insert into intake_request (idempotency_key, body_hash, created_at) values (?, ?, ?) on conflict do nothing")
                .params(key, bodyHash, Timestamp.from(at)).update() == 1;
    }

    void recordIntake(String key, UUID claimId) {
        jdbc.sql("update intake_request set claim_id = ? where idempotency_key = ?").params(claimId, key).update();
    }

    record Intake(String bodyHash, UUID claimId, String reference, Instant createdAt) {
    }

    Optional<Intake> intake(String key) {
        return jdbc.sql("""
                        select r.body_hash, r.claim_id, r.created_at, c.reference
                        from intake_request r left join claim c on c.id = r.claim_id
                        where r.idempotency_key = ?""").param(key)
                .query((rs, i) -> new Intake(rs.getString("body_hash"), rs.getObject("claim_id", UUID.class),
                        rs.getString("reference"), rs.getTimestamp("created_at").toInstant())).optional();
    }

    Optional<String> accessCodeHash(String reference) {
        return jdbc.sql("select access_code_hash from claim where reference = ?").param(reference)
                .query(String.class).optional();
    }

    boolean existsWithLookupHash(String lookupHash, LocalDate crimeDate) {
        return jdbc.sql("select count(*) from claim where applicant_lookup_hash = ? and crime_occurred_on = ?")
                .params(lookupHash, Date.valueOf(crimeDate)).query(Integer.class).single() > 0;
    }

    Optional<ClaimRecord> find(String reference) {
        return jdbc.sql("""
                        select c.*, p.* from claim c join claim_personal p on p.claim_id = c.id where c.reference = ?""")
                .param(reference)
                .query((rs, i) -> toRecord(rs))
                .optional();
    }

    Optional<ClaimRecord> find(UUID id) {
        return jdbc.sql("""
                        select c.*, p.* from claim c join claim_personal p on p.claim_id = c.id where c.id = ?""")
                .param(id)
                .query((rs, i) -> toRecord(rs))
                .optional();
    }

    private static final String SUMMARY = "select id, reference, status, submitted_at from claim ";

    Optional<Claims.Summary> summaryByReference(String reference) {
        return jdbc.sql(SUMMARY + "where reference = ?").param(reference).query((rs, i) -> summary(rs)).optional();
    }

    Optional<Claims.Summary> summaryById(UUID id) {
        return jdbc.sql(SUMMARY + "where id = ?").param(id).query((rs, i) -> summary(rs)).optional();
    }

    /** Newest first; a person rarely has more than a few claims, the limit only guards the page. */
    List<Claims.Summary> summariesByLookupHash(String lookupHash) {
        return jdbc.sql(SUMMARY + "where applicant_lookup_hash = ? order by submitted_at desc limit 100")
                .param(lookupHash).query((rs, i) -> summary(rs)).list();
    }

    private static Claims.Summary summary(ResultSet rs) throws SQLException {
        return new Claims.Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
                ClaimStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant());
    }

    Optional<ClaimStatus> status(UUID id) {
        return jdbc.sql("select status from claim where id = ?").param(id)
                .query((rs, i) -> ClaimStatus.valueOf(rs.getString("status"))).optional();
    }

    /** Changes the status only along the lifecycle ({@link ClaimStatus#reachedFrom()}); false when the claim had moved on. */
    boolean changeStatus(UUID id, ClaimStatus to) {
        return jdbc.sql("update claim set status = :to where id = :id and status = any(:from::text[])")
                .param("to", to.name()).param("id", id).param("from", from(to))
                .update() == 1;
    }

    boolean recordDecision(UUID id, ClaimStatus outcome, DenialReason reason, String note, Instant decidedAt,
                           LocalDate appealBy) {
        return jdbc.sql("""
                        update claim set status = :status, decision_outcome = :status, denial_reason = :reason,
                          decision_note_enc = :note, decided_at = :at, appeal_by = :appealBy
                        where id = :id and status = any(:from::text[])""")
                .param("status", outcome.name()).param("reason", reason == null ? null : reason.name())
                .param("note", new Sealer(id).text("decision_note", note))
                .param("at", Timestamp.from(decidedAt)).param("appealBy", appealBy == null ? null : Date.valueOf(appealBy))
                .param("id", id).param("from", from(outcome))
                .update() == 1
                && jdbc.sql("insert into claim_decision (claim_id, outcome, denial_reason, decided_at) values (?, ?, ?, ?)")
                .params(id, outcome.name(), reason == null ? null : reason.name(), Timestamp.from(decidedAt)).update() == 1;
    }

    List<Claims.AppealWindow> appealWindowsEnding(LocalDate from, LocalDate until) {
        return jdbc.sql("select id, appeal_by from claim where status = 'DENIED' and appeal_by between ? and ?")
                .params(Date.valueOf(from), Date.valueOf(until))
                .query((rs, i) -> new Claims.AppealWindow(rs.getObject("id", UUID.class), rs.getDate("appeal_by").toLocalDate()))
                .list();
    }

    void recordClosed(UUID id, Instant at) {
        jdbc.sql("update claim set closed_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    void changeSafeContact(UUID id, ClaimApplication.SafeContact safe) {
        jdbc.sql("""
                        update claim set safe_to_mail = ?, safe_to_phone = ?, safe_to_leave_voicemail = ?, safe_to_email = ?,
                          safe_to_text = ?, safe_discreet = ? where id = ?""")
                .params(safe.mail(), safe.phone(), safe.voicemail(), safe.email(), safe.text(), safe.discreet(), id).update();
    }

    /** When the claim was closed (withdrawn, or finally decided), if it is. */
    Optional<Instant> closedAt(UUID id) {
        return jdbc.sql("select closed_at from claim where id = ? and closed_at is not null").param(id)
                .query((rs, i) -> rs.getTimestamp("closed_at").toInstant()).optional();
    }

    /** A reopened claim is pending again (the funder report counts it so). */
    void clearClosed(UUID id) {
        jdbc.sql("update claim set closed_at = null where id = ?").param(id).update();
    }

    /**
     * A granted appeal: back in review, and the denial no longer stands. Its dated event stays, marked
     * reopened, so a report on the period of the denial still counts it.
     */
    boolean clearDecision(UUID id, Instant at) {
        boolean cleared = jdbc.sql("""
                        update claim set status = :to, decision_outcome = null, denial_reason = null, decision_note_enc = null,
                          decided_at = null, appeal_by = null where id = :id and status = any(:from::text[])""")
                .param("to", ClaimStatus.IN_REVIEW.name()).param("id", id).param("from", from(ClaimStatus.IN_REVIEW))
                .update() == 1;
        if (cleared) {
            jdbc.sql("update claim_decision set reopened_at = ? where claim_id = ? and reopened_at is null")
                    .params(Timestamp.from(at), id).update();
        }
        return cleared;
    }

    /**
     * Claims in one of {@code statuses} submitted before {@code submittedBefore}, after the cursor in
     * (submitted_at, id) order, locked for the purge's transaction; one a transaction already holds is
     * skipped (it is changing, so not closed for good) and seen again on the next run.
     */
    List<ClosedClaims.ClosingClaim> lockClosingCandidates(Set<ClaimStatus> statuses, Instant submittedBefore,
                                                    ClosedClaims.After after, int limit) {
        return jdbc.sql("""
                        select c.id, c.reference, c.status, c.submitted_at, c.decision_outcome is not null as decision_stands,
                          c.closed_at, c.decided_at, c.appeal_by,
                          (select max(e.at) from claim_event e where e.claim_id = c.id and e.event = 'PAID') as paid_at
                        from claim c
                        where c.status = any(:statuses::text[]) and c.submitted_at < :before
                          and (c.submitted_at, c.id) > (:afterAt, :afterId)
                        order by c.submitted_at, c.id
                        limit :limit
                        for update of c skip locked""")
                .param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .param("before", Timestamp.from(submittedBefore))
                .param("afterAt", Timestamp.from(after.submittedAt())).param("afterId", after.id())
                .param("limit", limit)
                .query((rs, i) -> new ClosedClaims.ClosingClaim(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getTimestamp("submitted_at").toInstant(), ClaimStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("decision_stands"), instant(rs, "closed_at"), instant(rs, "decided_at"),
                        rs.getDate("appeal_by") == null ? null : rs.getDate("appeal_by").toLocalDate(),
                        instant(rs, "paid_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** The retention purge: the claims' own rows, children first. Returns how many claims were deleted. */
    int deleteOf(UUID[] claimIds) {
        for (String table : List.of("intake_request", "claim_event", "claim_decision", "appeal", "expense",
                "collateral_source", "claim_personal")) {
            jdbc.sql("delete from " + table + " where claim_id = any(?)").param(claimIds).update();
        }
        return jdbc.sql("delete from claim where id = any(?)").param(claimIds).update();
    }

    private static String[] from(ClaimStatus to) {
        return to.reachedFrom().stream().map(Enum::name).toArray(String[]::new);
    }

    void recordEvent(UUID claimId, Instant at, String actor, ClaimEvent.Kind event) {
        jdbc.sql("insert into claim_event (claim_id, at, actor, event) values (?, ?, ?, ?)")
                .params(claimId, Timestamp.from(at), actor, event.name()).update();
    }

    List<ClaimEvent> events(UUID claimId) {
        return jdbc.sql("select at, actor, event from claim_event where claim_id = ? order by id").param(claimId)
                .query((rs, i) -> new ClaimEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        ClaimEvent.Kind.valueOf(rs.getString("event"))))
                .list();
    }

    void insertAppeal(UUID claimId, Instant at, String reason) {
        jdbc.sql("insert into appeal (claim_id, filed_at, reason_enc) values (?, ?, ?)")
                .params(claimId, Timestamp.from(at), new Sealer(claimId).text("appeal.reason." + at.toEpochMilli(), reason))
                .update();
    }

    private ClaimRecord toRecord(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Sealer open = new Sealer(id);
        LocalDate applicantDob = LocalDate.parse(open.open("applicant_date_of_birth", rs));
        String victimDob = open.open("victim_date_of_birth", rs);
        var applicant = new ClaimApplication.Applicant(
                open.open("applicant_first_name", rs), open.open("applicant_last_name", rs), applicantDob,
                rs.getString("preferred_language"), open.open("email", rs), open.open("phone", rs),
                MailingAddressText.parse(open.open("mailing_address", rs)), open.open("acp_participant_code", rs),
                new ClaimApplication.SafeContact(rs.getBoolean("safe_to_mail"), rs.getBoolean("safe_to_phone"),
                        rs.getBoolean("safe_to_leave_voicemail"), rs.getBoolean("safe_to_email"),
                        rs.getBoolean("safe_to_text"), rs.getBoolean("safe_discreet")));
        String victimFirst = open.open("victim_first_name", rs);
        var victim = victimFirst == null ? null : new ClaimApplication.Person(victimFirst,
                open.open("victim_last_name", rs), victimDob == null ? null : LocalDate.parse(victimDob));
        Set<CrimeFlag> flags = EnumSet.noneOf(CrimeFlag.class);
        Arrays.stream(strings(rs.getArray("crime_flags"))).map(CrimeFlag::valueOf).forEach(flags::add);
        var crime = new ClaimApplication.Crime(CrimeType.valueOf(rs.getString("crime_type")),
                rs.getDate("crime_occurred_on").toLocalDate(), open.open("crime_county", rs), rs.getString("crime_state"),
                open.open("crime_description", rs), (Boolean) rs.getObject("reported_to_police"), flags,
                DatePrecision.valueOf(rs.getString("crime_date_precision")),
                rs.getDate("crime_occurred_until") == null ? null : rs.getDate("crime_occurred_until").toLocalDate(),
                rs.getString("crime_subtype") == null ? null : CrimeSubType.valueOf(rs.getString("crime_subtype")));
        var verification = new ClaimApplication.Verification(VerificationSource.valueOf(rs.getString("verification_source")),
                open.open("verification_provider_name", rs), open.open("verification_contact", rs));
        String advocateName = open.open("advocate_name", rs);
        var advocate = advocateName == null ? null : new ClaimApplication.Advocate(advocateName,
                open.open("advocate_organization", rs), rs.getBoolean("advocate_consent_on_file"));
        String gender = rs.getString("gender_identity");
        Set<RaceEthnicity> race = EnumSet.noneOf(RaceEthnicity.class);
        Arrays.stream(strings(rs.getArray("race_ethnicity"))).map(RaceEthnicity::valueOf).forEach(race::add);
        var demographics = gender == null && race.isEmpty() ? null
                : new ClaimApplication.Demographics(gender == null ? null : GenderIdentity.valueOf(gender), race);

        var application = new ClaimApplication(applicant, ApplicantRole.valueOf(rs.getString("applicant_role")), victim,
                crime, verification, expenses(id, open), collateral(id), rs.getBoolean("emergency_award_requested"),
                advocate, demographics);

        ClaimRecord.Decision decision = null;
        if (rs.getString("decision_outcome") != null) {
            String reason = rs.getString("denial_reason");
            Date appealBy = rs.getDate("appeal_by");
            decision = new ClaimRecord.Decision(ClaimStatus.valueOf(rs.getString("decision_outcome")),
                    reason == null ? null : DenialReason.valueOf(reason),
                    open.open("decision_note", rs.getString("decision_note_enc")),
                    rs.getTimestamp("decided_at").toInstant(), appealBy == null ? null : appealBy.toLocalDate());
        }
        return new ClaimRecord(id, rs.getString("reference"), ClaimStatus.valueOf(rs.getString("status")), application,
                rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("within_filing_window"),
                rs.getBoolean("possible_duplicate"), rs.getString("victim_age_band"), decision);
    }

    private List<ClaimApplication.Expense> expenses(UUID claimId, Sealer open) {
        return jdbc.sql("select * from expense where claim_id = ? order by line_no").param(claimId)
                .query((rs, i) -> new ClaimApplication.Expense(ExpenseCategory.valueOf(rs.getString("category")),
                        Money.of(rs.getBigDecimal("amount")), Payee.valueOf(rs.getString("payee")),
                        open.open("expense.provider_name." + rs.getInt("line_no"), rs.getString("provider_name_enc")),
                        rs.getDate("incurred_on") == null ? null : rs.getDate("incurred_on").toLocalDate()))
                .list();
    }

    private List<ClaimApplication.CollateralSource> collateral(UUID claimId) {
        return jdbc.sql("select kind, amount from collateral_source where claim_id = ? order by line_no").param(claimId)
                .query((rs, i) -> new ClaimApplication.CollateralSource(CollateralKind.valueOf(rs.getString("kind")),
                        Money.of(rs.getBigDecimal("amount"))))
                .list();
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** Seals and opens values bound to one claim and one column, so they cannot be swapped around. */
    private final class Sealer {
        private final UUID claimId;

        Sealer(UUID claimId) {
            this.claimId = claimId;
        }

        String text(String column, String value) {
            return cipher.seal(value, column + ":" + claimId);
        }

        String open(String column, ResultSet rs) throws SQLException {
            return cipher.open(rs.getString(column), column + ":" + claimId);
        }

        String open(String column, String sealed) {
            return cipher.open(sealed, column + ":" + claimId);
        }
    }

}
