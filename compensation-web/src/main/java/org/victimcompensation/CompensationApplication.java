package org.victimcompensation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The claims service: survivors' and staff's API, the claim-review process, batch jobs. */
@SpringBootApplication
public class CompensationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CompensationApplication.class, args);
    }
}
