package org.victimcompensation.claims;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.victimcompensation.ApiTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Self-reported demographics are category codes from closed lists, in the API and in the table. */
class DemographicsApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnswersAreKeptAsCategoryCodesAndTheTableRefusesTypedText() {
        ObjectNode claim = aClaim();
        ObjectNode demographics = claim.putObject("demographics");
        demographics.put("genderIdentity", "NON_BINARY");
        demographics.putArray("raceEthnicity").add("WHITE").add("ASIAN");
        Submitted submitted = submit(claim);

        Map<String, Object> row = jdbc.sql("select gender_identity, array_to_string(race_ethnicity, ',') as race "
                + "from claim where reference = ?").param(submitted.reference()).query().singleRow();
        assertThat(row).containsEntry("gender_identity", "NON_BINARY").containsEntry("race", "ASIAN,WHITE");

        assertThatThrownBy(() -> jdbc.sql("update claim set gender_identity = 'Woman' where reference = ?")
                .param(submitted.reference()).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update claim set race_ethnicity = array['Latina'] where reference = ?")
                .param(submitted.reference()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
