package org.victimcompensation.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.victimcompensation.claims.Claims;
import org.victimcompensation.domain.claim.ApplicantRole;
import org.victimcompensation.domain.claim.ClaimApplication;
import org.victimcompensation.domain.claim.CollateralKind;
import org.victimcompensation.domain.claim.CrimeFlag;
import org.victimcompensation.domain.claim.CrimeType;
import org.victimcompensation.domain.claim.ExpenseCategory;
import org.victimcompensation.domain.claim.Payee;
import org.victimcompensation.domain.claim.VerificationSource;
import org.victimcompensation.domain.money.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Fills an empty demo database with a few invented claims, through the same intake as the API,
 * so the staff queue has work in it. Every name here is made up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before a command-line report, so the demo data is there to count
@Profile("demo")
@ConditionalOnProperty(name = "compensation.demo.sample-claims", havingValue = "true")
class DemoClaims implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClaims.class);

    private final Claims claims;
    private final JdbcClient jdbc;

    DemoClaims(Claims claims, JdbcClient jdbc) {
        this.claims = claims;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from claim").query(Integer.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now();
        claims.submit(claim("Alex", "Rivera", "es", CrimeType.ASSAULT, today.minusDays(20),
                Set.of(CrimeFlag.DOMESTIC_OR_FAMILY_VIOLENCE), VerificationSource.SHELTER_OR_DV_PROGRAM, true,
                List.of(expense(ExpenseCategory.RELOCATION, "1800.00", Payee.APPLICANT, null),
                        expense(ExpenseCategory.MENTAL_HEALTH, "2400.00", Payee.PROVIDER, "Harbor Counseling"))));
        claims.submit(claim("Jordan", "Lee", "en", CrimeType.ROBBERY, today.minusDays(45), Set.of(),
                VerificationSource.MEDICAL_PROVIDER, false,
                List.of(expense(ExpenseCategory.MEDICAL_DENTAL, "5200.00", Payee.PROVIDER, "County General Hospital"),
                        expense(ExpenseCategory.LOST_WAGES, "1900.00", Payee.APPLICANT, null))));
        claims.submit(claim("Sam", "Okafor", "en", CrimeType.HOMICIDE, today.minusDays(10), Set.of(),
                VerificationSource.VICTIM_ADVOCATE, true,
                List.of(expense(ExpenseCategory.FUNERAL_BURIAL, "9100.00", Payee.PROVIDER, "Evergreen Funeral Home"),
                        expense(ExpenseCategory.CRIME_SCENE_CLEANUP, "850.00", Payee.PROVIDER, "CleanSlate Services"))));
        log.info("Demo data: 3 sample claims submitted");
    }

    private static ClaimApplication claim(String first, String last, String language, CrimeType type, LocalDate on,
                                          Set<CrimeFlag> flags, VerificationSource source, boolean emergency,
                                          List<ClaimApplication.Expense> expenses) {
        return new ClaimApplication(
                new ClaimApplication.Applicant(first, last, LocalDate.of(1988, 4, 12), language, null, null, null, null,
                        new ClaimApplication.SafeContact(false, true, false, true)),
                ApplicantRole.VICTIM, null,
                new ClaimApplication.Crime(type, on, "Example County", "CA", null, null, flags),
                new ClaimApplication.Verification(source, null, null),
                expenses,
                List.of(new ClaimApplication.CollateralSource(CollateralKind.INSURANCE, Money.parse("300.00"))),
                emergency, null, null);
    }

    private static ClaimApplication.Expense expense(ExpenseCategory category, String amount, Payee payee, String provider) {
        return new ClaimApplication.Expense(category, Money.parse(amount), payee, provider, null);
    }
}
