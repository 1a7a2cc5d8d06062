package org.victimcompensation.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening table alone, on Camunda's DMN engine: priorities, and no way to deny. */
class ClaimScreeningDecisionTest {

    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "fatal={0} emergency={1} dv={2} minor={3} inWindow={4} -> {5}")
    @CsvSource({
            "true,  true,  true,  true,  false, 90",
            "false, true,  true,  false, true,  80",
            "false, false, true,  false, true,  70",
            "false, false, false, true,  true,  70",
            "false, false, false, false, false, 60",
            "false, false, false, false, true,  50"})
    void prioritises(boolean fatal, boolean emergency, boolean dv, boolean minor, boolean inWindow, int priority) {
        Map<String, Object> flags = Map.of("fatalCrime", fatal, "emergencyRequested", emergency,
                "domesticViolence", dv, "minorVictim", minor, "withinFilingWindow", inWindow);

        Object result = dmn.evaluateDecisionTable(decision(), flags).getSingleResult().getSingleEntry();
        assertThat(((Number) result).intValue()).isEqualTo(priority);
    }

    @Test
    void hasNoOutputButPriority() {
        assertThat(decision().getDecisionLogic()).isInstanceOf(org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl.class);
        var table = (org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl) decision().getDecisionLogic();
        assertThat(table.getOutputs()).extracting(o -> o.getOutputName()).containsExactly("priority");
    }

    private DmnDecision decision() {
        InputStream model = getClass().getClassLoader().getResourceAsStream("processes/claim-screening.dmn");
        return dmn.parseDecision("claim-screening", model);
    }
}
