package org.victimcompensation.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;

/** The demo profile's staff (PRODUCT.md section 4), for HTTP Basic. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties(DemoUsers.Properties.class)
class DemoUsers {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoStaff(Properties properties, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(u -> User.withUsername(u.username()).password(encoder.encode(u.password()))
                        .roles(u.roles().stream().map(StaffRole::name).toArray(String[]::new)).build())
                .toList());
    }

    @ConfigurationProperties("compensation.demo")
    record Properties(List<DemoUser> users) {
    }

    record DemoUser(String username, String password, List<StaffRole> roles) {
    }
}
