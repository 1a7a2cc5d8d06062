package org.victimcompensation.infra.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys come from configuration ({@code compensation.crypto.*}, e.g. environment variables from a
 * secret store). Only the {@code demo} profile ships fixed development keys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FieldCipherConfiguration.CryptoProperties.class)
public class FieldCipherConfiguration {

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        if (properties.keys() == null || properties.keys().isEmpty() || properties.lookupKey() == null) {
            throw new IllegalStateException("Encryption keys are not configured: set compensation.crypto.active-key-id, "
                    + "compensation.crypto.keys.<id> (base64, 32 bytes) and compensation.crypto.lookup-key "
                    + "(or run with the demo profile for development keys)");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.keys().forEach((id, base64) -> keys.put(id, Base64.getDecoder().decode(base64)));
        return new FieldCipher(keys, properties.activeKeyId(), Base64.getDecoder().decode(properties.lookupKey()));
    }

    @ConfigurationProperties("compensation.crypto")
    public record CryptoProperties(String activeKeyId, Map<String, String> keys, String lookupKey) {
    }
}
