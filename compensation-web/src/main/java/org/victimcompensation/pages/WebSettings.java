package org.victimcompensation.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where quick exit sends a survivor: a neutral site that is not about crime or help. */
@ConfigurationProperties("compensation.web")
public record WebSettings(@DefaultValue("https://www.google.com/search?q=weather+today") String quickExitUrl) {
}
