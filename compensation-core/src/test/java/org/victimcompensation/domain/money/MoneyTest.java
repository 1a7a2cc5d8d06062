package org.victimcompensation.domain.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void parsesAndPrintsTheApiForm() {
        assertThat(Money.parse("1234.5").toString()).isEqualTo("1234.50");
        assertThat(Money.parse("0.07").cents()).isEqualTo(7);
        assertThat(Money.parse("70000").toString()).isEqualTo("70000.00");
    }

    @Test
    void rejectsWhatIsNotAnAmount() {
        for (String bad : new String[]{"-1.00", "1.234", "1e3", "", " 1.00", "12,50", "NaN", "1234567890123.00"}) {
            assertThatThrownBy(() -> Money.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void neverGoesBelowZero() {
        assertThat(Money.dollars(5).minusFloorZero(Money.dollars(7))).isEqualTo(Money.ZERO);
        assertThat(Money.dollars(7).minusFloorZero(Money.parse("0.01")).toString()).isEqualTo("6.99");
    }
}
