package org.victimcompensation.reporting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.victimcompensation.security.StaffRole;
import org.victimcompensation.domain.reporting.FederalFiscalPeriod;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The same report from the command line, for a scheduled run: started with
 * {@code --compensation.reports.voca.output=FILE --compensation.reports.voca.fiscal-year=2027}
 * (and {@code --compensation.reports.voca.quarter=1} for a quarter), it writes the workbook to FILE,
 * keeps the report like any other, and exits with 0, or 1 if the report failed.
 */
@Component
@ConditionalOnProperty("compensation.reports.voca.output")
class VocaReportCommand implements ApplicationRunner {

    private final VocaReports reports;
    private final Environment environment;
    private final ApplicationContext context;

    VocaReportCommand(VocaReports reports, Environment environment, ApplicationContext context) {
        this.reports = reports;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = 0;
        try {
            Path written = produce(new FederalFiscalPeriod(
                            environment.getRequiredProperty("compensation.reports.voca.fiscal-year", Integer.class),
                            environment.getProperty("compensation.reports.voca.quarter", Integer.class)),
                    Path.of(environment.getRequiredProperty("compensation.reports.voca.output")));
            System.out.println("VOCA report written to " + written);
        } catch (Exception e) {
            System.err.println("VOCA report failed: " + e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    Path produce(FederalFiscalPeriod period, Path output) throws Exception {
        // Whoever starts the service on its host, with its keys, to write a report acts as program staff.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "command-line", null, AuthorityUtils.createAuthorityList("ROLE_" + StaffRole.PROGRAM_STAFF.name())));
        UUID id = reports.produceNow(period, "command-line");
        Files.write(output, reports.workbook(id, false).content());
        return output;
    }
}
