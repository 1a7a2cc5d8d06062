package org.victimcompensation.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import org.springframework.boot.jackson.JsonComponent;
import org.victimcompensation.domain.money.Money;

import java.io.IOException;

/** Money in the API is a decimal string with two places, "1234.50"; a JSON number is refused. */
@JsonComponent
class MoneyJson {

    static class Serializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    static class Deserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            String text = p.getText();
            try {
                return Money.parse(text);
            } catch (IllegalArgumentException e) {
                return (Money) ctxt.handleWeirdStringValue(Money.class, text,
                        "must be a decimal string with at most two places, like \"1234.50\"");
            }
        }
    }
}
